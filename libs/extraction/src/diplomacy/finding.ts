import type { CeasefireEvent, CeasefireEventType, TalksEvent, TalksEventType } from '@app/domain';
import { resolveWeekday } from '../dates';
import { cueNear, dateAt, isDatedAt, type Reading } from './reading';
import { durationHoursOf, scopeOf } from './truce-terms';

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
 * What happens to a truce is never dated in the future (a start or end announced for later belongs to
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

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function ceasefireFinding(
  reading: Reading,
  type: CeasefireEventType,
  at: number,
  details: Details = {},
): Finding {
  const scope = scopeOf(reading.text);
  const durationHours = durationHoursOf(reading.text);
  const event: CeasefireEvent = {
    type,
    theatre: reading.theatre.id,
    parties: [reading.theatre.parties[0], reading.theatre.parties[1]],
    occurredOn: details.occurredOn ?? pastDay(reading, at),
    ...(details.by ? { by: details.by } : {}),
    ...(scope ? { scope } : {}),
    ...(durationHours ? { durationHours } : {}),
    ...(details.startsOn ? { startsOn: details.startsOn } : {}),
    ...(details.endsOn ? { endsOn: details.endsOn } : {}),
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
  const event: TalksEvent = {
    type,
    theatre: reading.theatre.id,
    parties: [reading.theatre.parties[0], reading.theatre.parties[1]],
    occurredOn: details.occurredOn ?? dateAt(reading, at),
    ...(details.by ? { by: details.by } : {}),
    ...(details.location ? { location: details.location } : {}),
    ...(details.participants?.length ? { participants: details.participants } : {}),
    evidence: evidenceOf(reading),
  };
  return { event, dated: details.dated ?? (details.occurredOn !== undefined || isDatedAt(reading, at)) };
}
