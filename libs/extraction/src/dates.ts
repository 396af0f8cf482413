import type { When } from './context';
import { allMatches } from './matches';

/**
 * Relative and calendar dates resolved against the publication day (shared/contract/EVENTS.md, Fine
 * points, Background). Pure: the reference day is always passed in.
 */

export interface DateCue extends When {
  cue: string;
  /** Offsets of the cue in the text it was read from. */
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAY_NAME = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

/** Words that put what follows in the future: a meeting "due to" take place "on Wednesday". */
const FUTURE_MARKER =
  /\b(?:will|would|shall|due to|set to|scheduled|to meet|to hold|to resume|to begin|to start|to take place|(?<!\bas\s)planned|plans to|expected to|are to|is to|next|upcoming|later this|tomorrow|from (?:noon|midnight|\d)|starting|expire on|expires on|ends on|begins on|runs until)\b/i;
const PAST_MARKER = /\b(?:said|told|reported|announced|added|wrote|stated|claimed)\s+(?:on\s+)?$/i;

export const parseIsoDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
/** Parsing and printing a date costs more than reading the words around it; the same few days recur. */
const shiftedDays = new Map<string, string>();
export const addDays = (iso: string, days: number): string => {
  const key = `${iso}|${days}`;
  let shifted = shiftedDays.get(key);
  if (shifted === undefined) {
    shifted = isoDay(parseIsoDay(iso) + days * DAY_MS);
    // Bounded, for a worker that reads articles for months.
    if (shiftedDays.size >= 20_000) shiftedDays.clear();
    shiftedDays.set(key, shifted);
  }
  return shifted;
};
const weekdayOf = (iso: string): number => new Date(parseIsoDay(iso)).getUTCDay();
const interval = (start: string, end: string): string => (start === end ? start : `${start}/${end}`);
const monthStart = (year: number, month: number): string => isoDay(Date.UTC(year, month, 1));
const monthEnd = (year: number, month: number): string => isoDay(Date.UTC(year, month + 1, 0));

/** The weekday on or before `published` (past) or on or after it (future). */
export function resolveWeekday(weekday: number, published: string, future: boolean): string {
  const today = weekdayOf(published);
  const offset = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
  return addDays(published, offset);
}

/** Monday–Sunday of the week before the publication week. */
export function previousWeek(published: string): string {
  const monday = addDays(published, -((weekdayOf(published) + 6) % 7));
  return interval(addDays(monday, -7), addDays(monday, -1));
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(Date.UTC(year, month - 1, day));
}

const monthIndex = (name: string): number =>
  MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));

/** The year a month (and day) without a year most plausibly means, seen from the publication day. */
function yearFor(month: number, day: number, published: string, future: boolean): number {
  const year = Number(published.slice(0, 4));
  const candidate = isoDay(Date.UTC(year, month, day));
  if (!future && candidate > addDays(published, 7)) return year - 1;
  if (future && candidate < addDays(published, -7)) return year + 1;
  return year;
}

interface CueRule {
  /** A cheap test that must pass before the full pattern runs: most sentences carry no date at all. */
  hint: RegExp;
  pattern: RegExp;
  resolve(match: RegExpExecArray, published: string, future: boolean): string | undefined;
  /** True when the phrase itself says future ("next week", "tomorrow"). */
  future?: boolean;
  /** Cues that cannot point ahead: "yesterday", "last week". */
  past?: boolean;
}

const part = (name: string | undefined, start: string, end: string): string => {
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1];
  const lower = (name ?? '').toLowerCase();
  if (/late|end/.test(lower)) return interval(isoDay(Date.UTC(y, m, 21)), end);
  if (/early|beginning|start/.test(lower)) return interval(start, isoDay(Date.UTC(y, m, 10)));
  if (/mid/.test(lower)) return interval(isoDay(Date.UTC(y, m, 11)), isoDay(Date.UTC(y, m, 20)));
  return interval(start, end);
};

const MONTH_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const RULES: CueRule[] = [
  {
    // "21 November", "21st of November 2024"
    hint: MONTH_HINT,
    pattern: new RegExp(String.raw`\b(\d{1,2})${ORDINAL}(?: of)? (${MONTH_NAME})(?:,? (\d{4}))?\b`, 'gi'),
    resolve: ([, day, month, year], published, future) => {
      const m = monthIndex(month);
      const y = year ? Number(year) : yearFor(m, Number(day), published, future);
      return validDay(y, m, Number(day));
    },
  },
  {
    // "November 21", "Nov. 21, 2024"; "June 6-7" (a night) ends on the second day
    hint: MONTH_HINT,
    pattern: new RegExp(
      String.raw`\b(${MONTH_NAME}) (\d{1,2})${ORDINAL}(?:\s*(?:-|–|to|into)\s*(\d{1,2})${ORDINAL}(?![:.\d]))?(?:,? (\d{4}))?\b`,
      'g',
    ),
    resolve: ([, month, day, endDay, year], published, future) => {
      const m = monthIndex(month);
      const d = Number(endDay ?? day);
      const y = year ? Number(year) : yearFor(m, d, published, future);
      return validDay(y, m, d);
    },
  },
  {
    hint: /last month/i,
    pattern:
      /\b(?:(late|early|mid-?|at the (?:start|beginning|end) of|the (?:start|beginning|end) of) ?)?last month\b/gi,
    past: true,
    resolve: ([, which], published) => {
      const y = Number(published.slice(0, 4));
      const m = Number(published.slice(5, 7)) - 2;
      return part(which, monthStart(y, m), monthEnd(y, m));
    },
  },
  {
    hint: /this month/i,
    pattern: /\bearlier this month\b/gi,
    past: true,
    resolve: (_match, published) =>
      interval(
        published.slice(0, 8) + '01',
        addDays(published, -1) < published.slice(0, 8) + '01' ? published : addDays(published, -1),
      ),
  },
  {
    hint: /month/i,
    pattern: /\b(?:at|by) the (?:start|beginning) of (?:the|this) month\b/gi,
    past: true,
    resolve: (_match, published) => interval(published.slice(0, 8) + '01', published.slice(0, 8) + '10'),
  },
  {
    hint: MONTH_HINT,
    pattern: new RegExp(
      // Case-sensitive for the month's capital ("may" is a verb), so a lead opening a sentence is spelled out.
      String.raw`\b(?:([Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]hrough|[Tt]hroughout|[Bb]y|of|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]he (?:start|beginning|end) of|[Aa]t the (?:start|beginning|end) of) )(?:(early|late|mid-?) )?(${MONTH_NAME})(?:,? (\d{4}))?\b|\b(${MONTH_NAME}) (\d{4})\b`,
      'g',
    ),
    resolve: (match, published, future) => {
      const [, lead, which, month, year, bareMonth, bareYear] = match;
      const name = month ?? bareMonth;
      if (
        name === 'May' &&
        !year &&
        !bareYear &&
        !/^(in|early|late|mid|since|during|until|through|of|the|at|by)/i.test(lead ?? '')
      )
        return undefined;
      const m = monthIndex(name);
      const y = year || bareYear ? Number(year ?? bareYear) : yearFor(m, 1, published, future);
      const qualifier = which ?? (/early|late|mid|start|beginning|end/i.test(lead ?? '') ? lead : undefined);
      return part(qualifier, monthStart(y, m), monthEnd(y, m));
    },
  },
  {
    hint: /week/i,
    pattern: /\b(?:last week|the previous week|the week before|a week ago)\b/gi,
    past: true,
    resolve: (_match, published) => previousWeek(published),
  },
  {
    hint: /this week/i,
    pattern: /\b(?:earlier )?this week\b/gi,
    resolve: (_match, published, future) => {
      const monday = addDays(published, -((weekdayOf(published) + 6) % 7));
      return future ? interval(published, addDays(monday, 6)) : interval(monday, published);
    },
  },
  {
    hint: /next week/i,
    pattern: /\bnext week\b/gi,
    future: true,
    resolve: (_match, published) => {
      const monday = addDays(published, 7 - ((weekdayOf(published) + 6) % 7));
      return interval(monday, addDays(monday, 6));
    },
  },
  {
    hint: /weekend/i,
    pattern: /\b(?:over|at|during) the weekend\b|\b(?:this|last) weekend\b/gi,
    past: true,
    resolve: (_match, published) => {
      const saturday = resolveWeekday(6, addDays(published, -1), false);
      return interval(saturday, addDays(saturday, 1));
    },
  },
  {
    hint: /spring|summer|autumn|fall|winter/i,
    pattern: /\bin the (spring|summer|autumn|fall|winter)\b/gi,
    resolve: ([, season], published) => {
      const y = Number(published.slice(0, 4));
      const first = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 }[season.toLowerCase()] ?? 2;
      return interval(monthStart(y, first), monthEnd(y, first + 2));
    },
  },
  {
    hint: /Easter/,
    pattern: /\b(?:on )?Easter(?: Sunday)?\b(?![- ](?:truce|ceasefire|pause))/g,
    resolve: (_match, published) => {
      const easter = easterSunday(Number(published.slice(0, 4)));
      return easter <= addDays(published, 7) ? easter : undefined;
    },
  },
  {
    hint: /day\b/i,
    pattern: new RegExp(
      String.raw`\b(?:(last|this|next|on|early|late) )?(${WEEKDAY_NAME})(?:'s|’s)?(?: (?:night|morning|afternoon|evening))?\b`,
      'g',
    ),
    resolve: ([, lead, day], published, future) => {
      const weekday = WEEKDAYS.indexOf(day.toLowerCase());
      const lower = (lead ?? '').toLowerCase();
      if (lower === 'next') return resolveWeekday(weekday, addDays(published, 1), true);
      if (lower === 'last') return resolveWeekday(weekday, addDays(published, -1), false);
      return resolveWeekday(weekday, published, future);
    },
  },
  {
    hint: /yesterday|previous day|day before/i,
    pattern: /\b(?:yesterday|the previous day|the day before)\b/gi,
    past: true,
    resolve: (_m, published) => addDays(published, -1),
  },
  {
    hint: /tomorrow/i,
    pattern: /\btomorrow\b/gi,
    future: true,
    resolve: (_m, published) => addDays(published, 1),
  },
  {
    hint: /night|today|morning|evening|afternoon/i,
    pattern:
      /\b(?:overnight|last night|during the night|earlier today|today|this morning|tonight|this evening|this afternoon)\b(?!\s+(?:into|to|on|of)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|January|February|March|April|May|June|July|August|September|October|November|December))/gi,
    resolve: (_m, published) => published,
  },
];

/** Each rule's pattern without the global flag, compiled once: it re-reads a cue on its own to resolve it. */
const singleMatchPatterns = new Map(
  RULES.map((rule) => [rule, new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''))]),
);
const singleMatchOf = (rule: CueRule): RegExp => singleMatchPatterns.get(rule)!;

function validDay(year: number, month: number, day: number): string | undefined {
  if (month < 0 || day < 1 || day > 31) return undefined;
  const iso = isoDay(Date.UTC(year, month, day));
  return Number(iso.slice(8, 10)) === day ? iso : undefined;
}

/**
 * Every date cue in a text, in reading order, resolved against `published`. A cue counts as future
 * when a future marker ("will", "due to", "next") sits between it and the previous cue.
 */
export function findDateCues(text: string, published: string): DateCue[] {
  const taken: DateCue[] = [];
  // Three month rules share one hint, the costliest: each hint is tried once per text.
  const hinted = new Map<RegExp, boolean>();
  for (const rule of RULES) {
    let hasHint = hinted.get(rule.hint);
    if (hasHint === undefined) {
      hasHint = rule.hint.test(text);
      hinted.set(rule.hint, hasHint);
    }
    if (!hasHint) continue;
    for (const match of allMatches(rule.pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((cue) => start < cue.end && end > cue.start)) continue;
      taken.push({ cue: match[0], start, end, occurredOn: '', future: false, rule } as DateCue & {
        rule: CueRule;
      });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const cues: DateCue[] = [];
  let previousEnd = 0;
  for (const cue of taken as (DateCue & { rule: CueRule })[]) {
    const before = markerReach(text, Math.max(previousEnd, cue.start - 120), cue.start);
    const deadline =
      DEADLINE_BEFORE.test(before) && /^(?:the\s+)?(?:end|middle|start|beginning)\s+of\b/i.test(cue.cue);
    const future =
      cue.rule.future ??
      (!cue.rule.past && (deadline || (FUTURE_MARKER.test(before) && !PAST_MARKER.test(before))));
    const match = singleMatchOf(cue.rule).exec(cue.cue);
    const occurredOn = match ? cue.rule.resolve(match, published, future) : undefined;
    previousEnd = cue.end;
    if (!occurredOn) continue;
    cues.push({
      occurredOn,
      cue: cue.cue,
      start: cue.start,
      end: cue.end,
      future: future && occurredOn > published,
    });
  }
  return withWeekdaysPinned(cues, text, published);
}

/**
 * "on Friday, June 20": a weekday with the day of the month beside it names one day, in the year (next to
 * the publication's) in which that date falls on that weekday; both cues take it.
 */
function withWeekdaysPinned(cues: DateCue[], text: string, published: string): DateCue[] {
  return cues.map((cue, index) => {
    const pair = [cues[index - 1], cue, cues[index + 1]];
    const [weekdayCue, dayCue] = WEEKDAY_ONLY.test(cue.cue) ? [cue, pair[2]] : [pair[0], cue];
    if (!weekdayCue || !dayCue || dayCue === weekdayCue) return cue;
    if (!WEEKDAY_ONLY.test(weekdayCue.cue) || !MONTH_DAY_ONLY.test(dayCue.cue)) return cue;
    if (!/^,?\s*$/.test(text.slice(weekdayCue.end, dayCue.start))) return cue;
    const weekday = WEEKDAYS.findIndex((name) => weekdayCue.cue.toLowerCase().includes(name));
    const year = Number(published.slice(0, 4));
    const distance = (day: string) => Math.abs(Date.parse(day) - Date.parse(published));
    const day = [year - 1, year, year + 1]
      .map((candidate) => `${candidate}${dayCue.occurredOn.slice(4)}`)
      .filter((candidate) => new Date(`${candidate}T00:00:00Z`).getUTCDay() === weekday)
      .sort((a, b) => distance(a) - distance(b))[0];
    return day ? { ...cue, occurredOn: day, future: day > published } : cue;
  });
}

const WEEKDAY_ONLY =
  /^(?:on\s+|last\s+|this\s+|next\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;
const MONTH_DAY_ONLY =
  /^(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? \d{1,2}|\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december))$/i;

/** "before the end of August", "by the end of the month": a deadline lies ahead. */
const DEADLINE_BEFORE = /\b(?:before|by|until|till|no later than)\s+$/i;
/** ", made on Monday", ", signed on Sunday": a participle in commas tells what already happened. */
const PARTICIPLE_APPOSITIVE =
  /,\s+(?:\w+ed|made|put|held|given|sent|set|taken|drawn|done|told|begun|written|won|seen|known|brought|struck)\b/gi;

/**
 * The stretch before a cue in which a future marker still governs it: 60 characters, or up to 120 when
 * no comma or semicolon intervenes ("due to hold a summit hosted by ... in Washington on Saturday"), and
 * never across a participle in commas ("would study the proposal, made on Monday").
 */
function markerReach(text: string, from: number, to: number): string {
  let stretch = text.slice(from, to);
  const near = text.slice(Math.max(from, to - 60), to);
  if (/[,;]/.test(stretch.slice(0, Math.max(0, stretch.length - 60)))) stretch = near;
  const participle = allMatches(PARTICIPLE_APPOSITIVE, stretch).at(-1);
  return participle ? stretch.slice(participle.index + 1) : stretch;
}

/** The first dated reference of a text, or undefined. */
export function resolveWhen(text: string, published: string): DateCue | undefined {
  return findDateCues(text, published)[0];
}
