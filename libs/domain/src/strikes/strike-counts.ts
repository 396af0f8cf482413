import type { WeaponClass } from '../events';
import type { StrikeIncident } from './strike-incident';

export type StrikeGrouping = 'day' | 'week' | 'month';

export interface StrikeFilter {
  theatre?: string;
  /** Inclusive ISO dates, compared with the incident's day. */
  from?: string;
  to?: string;
  attacker?: string;
  weapon?: WeaponClass;
}

export interface StrikeFigures {
  incidents: number;
  /** Sums of the incidents' reconciled figures; an incident without a figure adds nothing. */
  launched: number;
  intercepted: number;
  /**
   * How many of the incidents gave each figure, so "0 intercepted" from attacks nobody reported on is
   * told apart from attacks where none was shot down.
   */
  withLaunched: number;
  withIntercepted: number;
}

export interface StrikePeriod {
  /** `2025-04-22` (day), `2025-W17` (ISO week, Monday start, ISO week-year), `2025-04` (month). */
  period: string;
  /** First and last day of the period, inclusive. */
  from: string;
  to: string;
}

export interface StrikeBucket extends StrikePeriod, StrikeFigures {
  byWeapon: Partial<Record<WeaponClass, StrikeFigures>>;
}

export interface StrikeCounts {
  groupBy: StrikeGrouping;
  /** Only periods with at least one incident, oldest first. */
  buckets: StrikeBucket[];
  total: StrikeFigures & { byWeapon: Partial<Record<WeaponClass, StrikeFigures>> };
}

export type CountedIncident = Pick<
  StrikeIncident,
  'theatre' | 'attacker' | 'day' | 'weapon' | 'launched' | 'intercepted'
>;

export function matchesStrikeFilter(incident: CountedIncident, filter: StrikeFilter): boolean {
  return (
    (filter.theatre === undefined || incident.theatre === filter.theatre) &&
    (filter.from === undefined || incident.day >= filter.from) &&
    (filter.to === undefined || incident.day <= filter.to) &&
    (filter.attacker === undefined || incident.attacker === filter.attacker) &&
    (filter.weapon === undefined || incident.weapon === filter.weapon)
  );
}

export function countStrikes(
  incidents: Iterable<CountedIncident>,
  groupBy: StrikeGrouping,
  filter: StrikeFilter = {},
): StrikeCounts {
  const buckets = new Map<string, StrikeBucket>();
  const total: StrikeCounts['total'] = { ...noFigures(), byWeapon: {} };
  for (const incident of incidents) {
    if (!matchesStrikeFilter(incident, filter)) continue;
    const period = periodOf(incident.day, groupBy);
    let bucket = buckets.get(period.period);
    if (!bucket) {
      bucket = { ...period, ...noFigures(), byWeapon: {} };
      buckets.set(period.period, bucket);
    }
    for (const figures of [bucket, (bucket.byWeapon[incident.weapon] ??= noFigures())])
      add(figures, incident);
    for (const figures of [total, (total.byWeapon[incident.weapon] ??= noFigures())]) add(figures, incident);
  }
  return {
    groupBy,
    buckets: [...buckets.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    total,
  };
}

const noFigures = (): StrikeFigures => ({
  incidents: 0,
  launched: 0,
  intercepted: 0,
  withLaunched: 0,
  withIntercepted: 0,
});

function add(figures: StrikeFigures, incident: CountedIncident): void {
  figures.incidents += 1;
  if (incident.launched !== null) {
    figures.launched += incident.launched;
    figures.withLaunched += 1;
  }
  if (incident.intercepted !== null) {
    figures.intercepted += incident.intercepted;
    figures.withIntercepted += 1;
  }
}

const DAY_MS = 86_400_000;
const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number): string => toDay(new Date(toDate(day).getTime() + days * DAY_MS));

export function periodOf(day: string, groupBy: StrikeGrouping): StrikePeriod {
  if (groupBy === 'day') return { period: day, from: day, to: day };
  if (groupBy === 'month') {
    const date = toDate(day);
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
    return { period: day.slice(0, 7), from: `${day.slice(0, 7)}-01`, to: toDay(lastDay) };
  }
  const isoWeekday = toDate(day).getUTCDay() || 7;
  const monday = addDays(day, 1 - isoWeekday);
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(monday, 3);
  const weekYear = thursday.slice(0, 4);
  const week =
    Math.floor((toDate(thursday).getTime() - toDate(`${weekYear}-01-01`).getTime()) / (7 * DAY_MS)) + 1;
  return { period: `${weekYear}-W${String(week).padStart(2, '0')}`, from: monday, to: addDays(monday, 6) };
}
