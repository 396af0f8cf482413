import type { CeasefireEvent, CeasefireEventType, TalksEvent, TalksEventType } from '@app/domain';
import { addDays, resolveWeekday } from '../dates';
import { cueNear, dateAt, isDatedAt, theatreAt, type Reading } from './reading';
import { STOP_FIGHTING, TRUCE, durationHoursOf, scopeOf } from './truce-terms';
import { allMatches } from '../matches';

/** An event a rule read, and whether the text dated it or it fell back to the publication day. */
export interface Finding {
  event: CeasefireEvent | TalksEvent;
  dated: boolean;
}

export interface Details {
  by?: string;
  occurredOn?: string;
  dated?: boolean;
  startsOn?: string;
  endsOn?: string;
  location?: string;
  participants?: string[];
}

const evidenceOf = (reading: Reading) => ({
  sentence: reading.text,
  start: reading.sentence.start,
  end: reading.sentence.end,
});

/**
 * What happens to a truce, and an offer of talks or talks held, is never dated in the future (a start or end announced for later belongs to
 * the announcement). A weekday the resolver put ahead — a future marker earlier in the sentence, as in
 * "would study the proposal, made on Monday" — is the last such weekday.
 */
function pastDay(reading: Reading, at: number): string {
  const cue = cueNear(reading, at);
  const day = cue?.occurredOn ?? reading.context.published;
  const weekday = cue?.cue && /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(cue.cue);
  if (day <= reading.context.published || day.includes('/')) return day;
  if (!weekday) {
    const yearEarlier = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    return yearEarlier <= reading.context.published ? yearEarlier : day;
  }
  return resolveWeekday(WEEKDAYS.indexOf(weekday[1].toLowerCase()), reading.context.published, false);
}

const CLOCK = String.raw`(?:(?:at\s+)?(?:midnight|noon|dawn|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)(?:\s+\S+\s+time)?(?:\s*\([^)]*\))?\s+(?:on\s+)?)?`;
const STARTS = new RegExp(
  String.raw`\b(?:from|starting|beginning|(?:to|will|would|shall|is to|are to) (?:begin|start|take effect|come into (?:force|effect))|begins?|starts?|takes? effect|taking effect|coming into (?:force|effect)|effective)\s+(?:on\s+|at\s+)?${CLOCK}$`,
  'i',
);
const ENDS = new RegExp(
  String.raw`\b(?:until|till|through|to|expires?(?: on| at)?|ending(?: on| at)?|runs? (?:to|until))\s+(?:the end of\s+)?${CLOCK}$`,
  'i',
);

/**
 * The window an announced or agreed truce sets for itself ("from 6 p.m. on Saturday until midnight on
 * Sunday", "extended until May 18"): days given as bounds, kept apart from the day of the announcement.
 * A period given as a bound ("until the end of August") bounds by its last day, or starts on its first.
 * A weekday bound the resolver put before the day the truce was set ("agreed on Tuesday to a truce taking
 * effect on Thursday") is the next such weekday, and an end before the start is a week later.
 */
function windowOf(
  reading: Reading,
  type: CeasefireEventType,
  details: Details,
  occurredOn: string,
): { startsOn?: string; endsOn?: string } {
  const window: { startsOn?: string; endsOn?: string } = {
    ...(details.startsOn ? { startsOn: details.startsOn } : {}),
    ...(details.endsOn ? { endsOn: details.endsOn } : {}),
  };
  if (!['CeasefireDeclared', 'CeasefireAgreed', 'CeasefireExtended', 'CeasefireProposed'].includes(type))
    return window;
  for (const cue of reading.context.dateCues(reading.sentence)) {
    const [first, last = first] = cue.occurredOn.split('/');
    const before = reading.text.slice(Math.max(0, cue.start - 60), cue.start);
    const weekday = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(cue.cue);
    const bound = (day: string): string =>
      weekday && day < occurredOn && !occurredOn.includes('/')
        ? resolveWeekday(WEEKDAYS.indexOf(weekday[1].toLowerCase()), occurredOn, true)
        : boundAfter(day, occurredOn);
    if (!window.startsOn && type !== 'CeasefireExtended' && STARTS.test(before))
      window.startsOn = bound(first);
    else if (!window.endsOn && ENDS.test(before)) window.endsOn = bound(last);
  }
  if (window.startsOn && window.endsOn && window.endsOn < window.startsOn) {
    const weekLater = addDays(window.endsOn, 7);
    if (weekLater >= window.startsOn) window.endsOn = weekLater;
  }
  return window;
}

/**
 * A truce's window lies around or after the day it was set ("until July 11" said in June): a bound the
 * resolver put months before that day, in the year before, belongs to the coming year.
 */
function boundAfter(bound: string, setOn: string): string {
  if (bound.includes('/') || setOn.includes('/') || bound >= setOn) return bound;
  const nextYear = `${Number(bound.slice(0, 4)) + 1}${bound.slice(4)}`;
  const daysBefore = (Date.parse(setOn) - Date.parse(bound)) / 86_400_000;
  return daysBefore > 60 && Date.parse(nextYear) - Date.parse(setOn) <= 200 * 86_400_000 ? nextYear : bound;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const CONTRAST = /;|\b(?:but|while|whereas)\b/gi;
const NAMED_TERMS = new RegExp(`${TRUCE.source}|${STOP_FIGHTING.source}`, 'i');

/**
 * The words that give a truce's scope and length: those of the sentence, or where the sentence sets two
 * predicates against each other ("agreed to halt strikes on energy for 30 days but rejected a full
 * ceasefire"), those of the part that holds this predicate, if that part names its truce.
 */
function termsTextAt(reading: Reading, at: number): string {
  const breaks = allMatches(CONTRAST, reading.text).map((match) => match.index);
  if (!breaks.length) return reading.text;
  const from = breaks.filter((index) => index <= at).at(-1) ?? 0;
  const to = breaks.find((index) => index > at) ?? reading.text.length;
  const part = reading.text.slice(from, to);
  return NAMED_TERMS.test(part) ? part : reading.text;
}

export function ceasefireFinding(
  reading: Reading,
  type: CeasefireEventType,
  at: number,
  details: Details = {},
): Finding {
  const terms = termsTextAt(reading, at);
  const scope = scopeOf(terms);
  const durationHours = durationHoursOf(terms);
  const occurredOn = details.occurredOn ?? pastDay(reading, at);
  const theatre = theatreAt(reading, at);
  const event: CeasefireEvent = {
    type,
    theatre: theatre.id,
    parties: [theatre.parties[0], theatre.parties[1]],
    occurredOn,
    ...(details.by ? { by: details.by } : {}),
    ...(scope ? { scope } : {}),
    ...(durationHours ? { durationHours } : {}),
    ...windowOf(reading, type, details, occurredOn),
    evidence: evidenceOf(reading),
  };
  return { event, dated: details.dated ?? (details.occurredOn !== undefined || isDatedAt(reading, at)) };
}

export function talksFinding(
  reading: Reading,
  type: TalksEventType,
  at: number,
  details: Details = {},
): Finding {
  const theatre = theatreAt(reading, at);
  const event: TalksEvent = {
    type,
    theatre: theatre.id,
    parties: [theatre.parties[0], theatre.parties[1]],
    occurredOn:
      details.occurredOn ?? (type === 'TalksScheduled' ? dateAt(reading, at) : pastDay(reading, at)),
    ...(details.by ? { by: details.by } : {}),
    ...(details.location ? { location: details.location } : {}),
    ...(details.participants?.length ? { participants: details.participants } : {}),
    evidence: evidenceOf(reading),
  };
  return { event, dated: details.dated ?? (details.occurredOn !== undefined || isDatedAt(reading, at)) };
}
