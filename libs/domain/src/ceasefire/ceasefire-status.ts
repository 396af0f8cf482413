import type {
  CeasefireEvent,
  CeasefireEventType,
  CeasefireScope,
  TalksEvent,
  TalksEventType,
} from '../events';

export const CEASEFIRE_STATES = ['none', 'proposed', 'agreed', 'in_effect', 'expired', 'ended'] as const;
export type CeasefireState = (typeof CEASEFIRE_STATES)[number];

/** A ceasefire or talks event as the log carries it: the event plus its deterministic id. */
export interface RecordedCeasefireEvent {
  id: string;
  data: CeasefireEvent | TalksEvent;
}

export interface ProposalAnswer {
  /** Absent when the event names no party (both belligerents, or a mediator speaking for them). */
  by?: string;
  answer: 'accepted' | 'rejected';
  on: string;
  eventIds: string[];
}

export interface OpenProposal {
  /** Every event that reported this proposal (several outlets, or a repeated offer on the same day). */
  eventIds: string[];
  by?: string;
  scope?: CeasefireScope;
  durationHours?: number;
  proposedOn: string;
  /** True when no event reported the proposal itself, only an answer to it (the contract gives such a proposal no event). */
  inferred: boolean;
  answers: ProposalAnswer[];
}

/** The latest truce that was declared, agreed or seen in force, kept after it expires or ends. */
export interface TruceTerms {
  /** Declared by one party rather than agreed between the belligerents. */
  unilateral: boolean;
  by?: string;
  scope?: CeasefireScope;
  durationHours?: number;
  startsOn?: string;
  endsOn?: string;
  announcedOn?: string;
  startedOn?: string;
  extendedOn?: string;
  /** The day it expired or ended. */
  endedOn?: string;
}

export interface ViolationAllegation {
  /** Absent for a mediator's or monitor's accusation. */
  by?: string;
  on: string;
  eventIds: string[];
}

export interface TalksRecord {
  kind: 'offered' | 'scheduled' | 'held';
  on: string;
  by?: string;
  location?: string;
  participants: string[];
  eventIds: string[];
}

/** What the read API shows for a theatre. */
export interface CeasefireView {
  theatre: string;
  state: CeasefireState;
  /** The day the theatre entered its current state. */
  since?: string;
  truce?: TruceTerms;
  /** Proposals made since the last agreement, with who answered them. */
  proposals: OpenProposal[];
  violations: ViolationAllegation[];
  talks: TalksRecord[];
  /** The latest day any applied event refers to; a TalksScheduled day may lie ahead of the others. */
  lastEventOn?: string;
}

/** One applied event without its evidence and theatre: enough to re-fold the view in date order. */
export interface CeasefireJournalEntry {
  id: string;
  type: CeasefireEventType | TalksEventType;
  /** First day of occurredOn: an event known only by a period is placed at its start. */
  day: string;
  by?: string;
  scope?: CeasefireScope;
  durationHours?: number;
  startsOn?: string;
  endsOn?: string;
  location?: string;
  participants?: string[];
}

/**
 * The reducer's state: the view plus the journal of applied events in (day, lifecycle rank, id) order.
 * The journal makes evolve idempotent (an id already in it is a no-op) and lets a late event that belongs
 * earlier in time be placed where it happened and the view re-folded, so the result depends only on the
 * set of events applied, never on their arrival order. Evidence is not kept: it lives in the history.
 */
export interface CeasefireStatus extends CeasefireView {
  journal: CeasefireJournalEntry[];
}

/**
 * Tie-break for events on the same day, in lifecycle order: talks lead to proposals, proposals are answered,
 * a truce is declared or agreed, starts, is extended, is accused of violations, and finally expires or ends.
 */
const LIFECYCLE_RANK: Record<CeasefireJournalEntry['type'], number> = {
  TalksOffered: 0,
  TalksScheduled: 1,
  TalksHeld: 2,
  CeasefireProposed: 3,
  CeasefireRejected: 4,
  CeasefireAccepted: 5,
  CeasefireDeclared: 6,
  CeasefireAgreed: 7,
  CeasefireStarted: 8,
  CeasefireExtended: 9,
  CeasefireViolationAlleged: 10,
  CeasefireExpired: 11,
  CeasefireEnded: 12,
};

export function initialCeasefireStatus(theatre: string): CeasefireStatus {
  return { theatre, state: 'none', proposals: [], violations: [], talks: [], journal: [] };
}

export function evolveCeasefireStatus(
  status: CeasefireStatus,
  event: RecordedCeasefireEvent,
): CeasefireStatus {
  if (event.data.theatre !== status.theatre) {
    throw new Error(`event ${event.id} is about theatre ${event.data.theatre}, not ${status.theatre}`);
  }
  if (status.journal.some((entry) => entry.id === event.id)) return status;
  const entry = journalEntry(event);
  const newest = status.journal.at(-1);
  if (newest === undefined || compareEntries(newest, entry) < 0) {
    // The usual case: the event is the newest, so folding it onto the current view is the same as re-folding.
    const next = toDraft(status);
    foldEntry(next, entry);
    return { ...next, journal: [...status.journal, entry] };
  }
  return refold(status.theatre, [...status.journal, entry].sort(compareEntries));
}

/** The theatre as it stood at the end of `asOf`, folded from the events up to and including that day. */
export function ceasefireStatusAsOf(status: CeasefireStatus, asOf: string): CeasefireStatus {
  return refold(
    status.theatre,
    status.journal.filter((entry) => entry.day <= asOf),
  );
}

export function toCeasefireView({
  theatre,
  state,
  since,
  truce,
  proposals,
  violations,
  talks,
  lastEventOn,
}: CeasefireStatus): CeasefireView {
  return {
    theatre,
    state,
    ...(since !== undefined && { since }),
    ...(truce !== undefined && { truce }),
    proposals,
    violations,
    talks,
    ...(lastEventOn !== undefined && { lastEventOn }),
  };
}

function refold(theatre: string, journal: CeasefireJournalEntry[]): CeasefireStatus {
  const draft = toDraft(initialCeasefireStatus(theatre));
  for (const entry of journal) foldEntry(draft, entry);
  return { ...draft, journal };
}

/** A deep copy the fold may mutate, so evolve never touches the state it was given. */
const toDraft = (status: CeasefireStatus): CeasefireView => structuredClone(toCeasefireView(status));

function journalEntry({ id, data }: RecordedCeasefireEvent): CeasefireJournalEntry {
  const entry: CeasefireJournalEntry = { id, type: data.type, day: data.occurredOn.slice(0, 10) };
  if (data.by !== undefined) entry.by = data.by;
  if ('scope' in data && data.scope !== undefined) entry.scope = data.scope;
  if ('durationHours' in data && data.durationHours !== undefined) entry.durationHours = data.durationHours;
  if ('startsOn' in data && data.startsOn !== undefined) entry.startsOn = data.startsOn;
  if ('endsOn' in data && data.endsOn !== undefined) entry.endsOn = data.endsOn;
  if ('location' in data && data.location !== undefined) entry.location = data.location;
  if ('participants' in data && data.participants !== undefined) entry.participants = [...data.participants];
  return entry;
}

function compareEntries(a: CeasefireJournalEntry, b: CeasefireJournalEntry): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  const rank = LIFECYCLE_RANK[a.type] - LIFECYCLE_RANK[b.type];
  if (rank !== 0) return rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function foldEntry(view: CeasefireView, entry: CeasefireJournalEntry): void {
  if (view.lastEventOn === undefined || entry.day > view.lastEventOn) view.lastEventOn = entry.day;
  switch (entry.type) {
    case 'CeasefireProposed':
      propose(view, entry, false);
      return;
    case 'CeasefireAccepted':
      return answer(view, entry, 'accepted');
    case 'CeasefireRejected':
      return answer(view, entry, 'rejected');
    case 'CeasefireDeclared':
      // A unilateral truce needs nobody's consent: it is in effect on the declarer's word, unless the
      // declaration names a later start, in which case it is settled but not yet in force ('agreed').
      view.truce = { unilateral: true, ...terms(entry), announcedOn: entry.day };
      if (entry.startsOn !== undefined && entry.startsOn > entry.day)
        return moveTo(view, 'agreed', entry.day);
      view.truce.startedOn = entry.day;
      return moveTo(view, 'in_effect', entry.day);
    case 'CeasefireAgreed': {
      // An agreement settles what was on the table. Reached while a truce is already in force, it amends
      // that truce rather than suspending it, so the state stays in effect.
      const startedOn = view.state === 'in_effect' ? view.truce?.startedOn : undefined;
      view.truce = { unilateral: false, ...terms(entry), announcedOn: entry.day };
      if (startedOn !== undefined) view.truce.startedOn = startedOn;
      view.proposals = [];
      return moveTo(view, view.state === 'in_effect' ? 'in_effect' : 'agreed', entry.day);
    }
    case 'CeasefireStarted': {
      // A start without a known agreement or declaration still means a truce is in force; its terms come
      // from the event. A bilateral start settles open proposals as an agreement would.
      const lapsed = view.state === 'expired' || view.state === 'ended';
      view.truce = {
        ...(view.truce && !lapsed ? view.truce : { unilateral: false }),
        ...terms(entry),
        startedOn: entry.day,
      };
      if (!view.truce.unilateral) view.proposals = [];
      return moveTo(view, 'in_effect', entry.day);
    }
    case 'CeasefireExtended':
      // Prolonging a truce implies it holds: a truce that had lapsed and is extended is back in effect, one
      // agreed but not yet started stays agreed. The new end and duration replace the old ones.
      view.truce = { ...(view.truce ?? { unilateral: false }), ...terms(entry), extendedOn: entry.day };
      delete view.truce.endedOn;
      return moveTo(view, view.state === 'agreed' ? 'agreed' : 'in_effect', entry.day);
    case 'CeasefireViolationAlleged':
      // An accusation is disputed by nature: it never changes the state; only an end or expiry does.
      return allegeViolation(view, entry);
    case 'CeasefireExpired':
    case 'CeasefireEnded':
      // Accepted from any state: if the earlier steps were never reported, the end is still a fact.
      view.truce = { ...(view.truce ?? { unilateral: false }), endedOn: entry.day };
      return moveTo(view, entry.type === 'CeasefireExpired' ? 'expired' : 'ended', entry.day);
    case 'TalksOffered':
      return recordTalks(view, entry, 'offered');
    case 'TalksScheduled':
      return recordTalks(view, entry, 'scheduled');
    case 'TalksHeld':
      return recordTalks(view, entry, 'held');
  }
}

function moveTo(view: CeasefireView, state: CeasefireState, day: string): void {
  if (view.state !== state) {
    view.state = state;
    view.since = day;
  }
}

function terms(entry: CeasefireJournalEntry): Omit<TruceTerms, 'unilateral'> {
  return {
    ...(entry.by !== undefined && { by: entry.by }),
    ...(entry.scope !== undefined && { scope: entry.scope }),
    ...(entry.durationHours !== undefined && { durationHours: entry.durationHours }),
    ...(entry.startsOn !== undefined && { startsOn: entry.startsOn }),
    ...(entry.endsOn !== undefined && { endsOn: entry.endsOn }),
  };
}

/**
 * A proposal opens a negotiation only where there has been no truce: from none the theatre is 'proposed'.
 * After a truce expired or ended, the state keeps saying so and the proposal is listed as open beside it,
 * because "the truce expired, Ukraine proposes another" is what a reader needs, and a proposal alone is no
 * truce; the next agreement, declaration or start moves the state on. During a truce that is agreed or in
 * force, a proposal (to widen or prolong it) is listed without downgrading the state. The same party
 * proposing the same scope on the same day is one proposal reported by several events.
 */
function propose(view: CeasefireView, entry: CeasefireJournalEntry, inferred: boolean): OpenProposal {
  const same = view.proposals.find(
    (proposal) =>
      proposal.proposedOn === entry.day &&
      proposal.by === entry.by &&
      proposal.scope === entry.scope &&
      proposal.inferred === inferred,
  );
  if (same && !inferred) {
    same.eventIds.push(entry.id);
    if (same.durationHours === undefined && entry.durationHours !== undefined) {
      same.durationHours = entry.durationHours;
    }
    return same;
  }
  const proposal: OpenProposal = {
    eventIds: inferred ? [] : [entry.id],
    ...(!inferred && entry.by !== undefined && { by: entry.by }),
    ...(entry.scope !== undefined && { scope: entry.scope }),
    ...(entry.durationHours !== undefined && { durationHours: entry.durationHours }),
    proposedOn: entry.day,
    inferred,
    answers: [],
  };
  view.proposals.push(proposal);
  if (view.state === 'none') moveTo(view, 'proposed', entry.day);
  return proposal;
}

/**
 * An acceptance or rejection by party X answers the latest open proposal not made by X (a party does not
 * answer its own offer; the most recent offer is the one on the table). Without such a proposal, the
 * contract's rule that a proposal mentioned only as the thing answered gets no event of its own applies:
 * the answer implies an inferred proposal of its day. Answers never close a proposal or change the state:
 * parties reverse themselves, and only an agreement or a bilateral start settles what is on the table.
 */
function answer(view: CeasefireView, entry: CeasefireJournalEntry, response: ProposalAnswer['answer']): void {
  const target =
    [...view.proposals].reverse().find((proposal) => entry.by === undefined || proposal.by !== entry.by) ??
    propose(view, entry, true);
  const same = target.answers.find(
    (existing) => existing.by === entry.by && existing.answer === response && existing.on === entry.day,
  );
  if (same) {
    same.eventIds.push(entry.id);
    return;
  }
  target.answers.push({
    ...(entry.by !== undefined && { by: entry.by }),
    answer: response,
    on: entry.day,
    eventIds: [entry.id],
  });
}

/** One allegation per accuser and day, as the contract counts them; repeats only add their event ids. */
function allegeViolation(view: CeasefireView, entry: CeasefireJournalEntry): void {
  const same = view.violations.find((violation) => violation.by === entry.by && violation.on === entry.day);
  if (same) {
    same.eventIds.push(entry.id);
    return;
  }
  view.violations.push({
    ...(entry.by !== undefined && { by: entry.by }),
    on: entry.day,
    eventIds: [entry.id],
  });
}

/**
 * Talks of one kind on one day are one meeting (several outlets report it with more or fewer details), so
 * they merge: participants are united and the first known place is kept. Offers are per offering party.
 */
function recordTalks(view: CeasefireView, entry: CeasefireJournalEntry, kind: TalksRecord['kind']): void {
  const same = view.talks.find(
    (talks) => talks.kind === kind && talks.on === entry.day && (kind !== 'offered' || talks.by === entry.by),
  );
  if (same) {
    same.eventIds.push(entry.id);
    same.participants = [...new Set([...same.participants, ...(entry.participants ?? [])])].sort();
    if (same.location === undefined && entry.location !== undefined) same.location = entry.location;
    if (same.by === undefined && entry.by !== undefined) same.by = entry.by;
    return;
  }
  view.talks.push({
    kind,
    on: entry.day,
    ...(entry.by !== undefined && { by: entry.by }),
    ...(entry.location !== undefined && { location: entry.location }),
    participants: [...new Set(entry.participants ?? [])].sort(),
    eventIds: [entry.id],
  });
}
