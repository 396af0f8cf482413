import type { Evidence, StrikeReported, WeaponClass } from '../events';
import { fnv1a64 } from './fnv1a64';

/** A strike report as the log carries it: the event plus its deterministic id and source article. */
export interface RecordedStrike {
  id: string;
  data: StrikeReported;
  source?: { articleId: string };
}

/** What makes two reports the same attack. */
export interface StrikeIncidentKey {
  theatre: string;
  attacker: string | null;
  target: string;
  /** The first day of the report's occurredOn (an interval report counts from its start). */
  day: string;
  weapon: WeaponClass;
}

export interface StrikeSourceReport {
  eventId: string;
  articleId?: string;
  occurredOn: string;
  subtype?: string;
  launched: number | null;
  intercepted: number | null;
  jammed: number | null;
  evidence?: Evidence;
}

export interface StrikeIncident extends StrikeIncidentKey {
  id: string;
  /** Reconciled figures: the largest figure any report gives (see reconcile). null when no report gives one. */
  launched: number | null;
  intercepted: number | null;
  jammed: number | null;
  /** True when reports give different figures for the same quantity. */
  disagreement: boolean;
  /** Every report, ordered by event id so the incident does not depend on arrival order. */
  reports: StrikeSourceReport[];
}

export const firstDayOf = (occurredOn: string): string => occurredOn.slice(0, 10);

export function strikeIncidentKey(strike: StrikeReported): StrikeIncidentKey {
  return {
    theatre: strike.theatre,
    attacker: strike.attacker,
    target: strike.target,
    day: firstDayOf(strike.occurredOn),
    weapon: strike.weapon,
  };
}

/** Stable across processes and replays: the same attack gets the same id whichever report came first. */
export function strikeIncidentId(key: StrikeIncidentKey): string {
  // Parentheses cannot occur in a party slug, so an unattributed attack never shares a key with a party.
  const attacker = key.attacker ?? '(unattributed)';
  return fnv1a64([key.theatre, attacker, key.target, key.day, key.weapon].join('|'));
}

export function initialStrikeIncident(key: StrikeIncidentKey): StrikeIncident {
  return {
    id: strikeIncidentId(key),
    ...key,
    launched: null,
    intercepted: null,
    jammed: null,
    disagreement: false,
    reports: [],
  };
}

/**
 * Adds one report to its incident. Replaying a report (same event id) leaves the incident as it was, and
 * the result does not depend on the order reports arrive in: reports are kept sorted and the figures are
 * recomputed from all of them.
 */
export function evolveStrikeIncident(incident: StrikeIncident, strike: RecordedStrike): StrikeIncident {
  const key = strikeIncidentKey(strike.data);
  if (strikeIncidentId(key) !== incident.id) {
    throw new Error(`strike ${strike.id} belongs to incident ${strikeIncidentId(key)}, not ${incident.id}`);
  }
  if (incident.reports.some((report) => report.eventId === strike.id)) return incident;
  const report: StrikeSourceReport = {
    eventId: strike.id,
    ...(strike.source?.articleId !== undefined && { articleId: strike.source.articleId }),
    occurredOn: strike.data.occurredOn,
    ...(strike.data.subtype !== undefined && { subtype: strike.data.subtype }),
    launched: strike.data.launched,
    intercepted: strike.data.intercepted,
    jammed: strike.data.jammed ?? null,
    ...(strike.data.evidence !== undefined && { evidence: strike.data.evidence }),
  };
  const reports = [...incident.reports, report].sort((a, b) => compareText(a.eventId, b.eventId));
  return { ...incident, ...reconcile(reports), reports };
}

/**
 * The reconciled figure is the largest one reported. Early and partial reports (one region's share, a
 * preliminary count) undercount far more often than later ones overcount, and a maximum is independent of
 * report order, so a replay or a late report can never move the figure differently from a live run.
 * Reports without a figure ("dozens of drones") neither lower it nor count as disagreeing.
 */
function reconcile(
  reports: StrikeSourceReport[],
): Pick<StrikeIncident, 'launched' | 'intercepted' | 'jammed' | 'disagreement'> {
  const figures = (pick: (report: StrikeSourceReport) => number | null) =>
    reports.map(pick).filter((value): value is number => value !== null);
  const launched = figures((report) => report.launched);
  const intercepted = figures((report) => report.intercepted);
  const jammed = figures((report) => report.jammed);
  const differ = (values: number[]) => new Set(values).size > 1;
  const largest = (values: number[]) => (values.length === 0 ? null : Math.max(...values));
  return {
    launched: largest(launched),
    intercepted: largest(intercepted),
    jammed: largest(jammed),
    disagreement: differ(launched) || differ(intercepted) || differ(jammed),
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
