import type {
  CeasefireState,
  CeasefireView,
  ConflictEvent,
  StrikeCounts,
  StrikeFigures,
  StrikeFilter,
  StrikeIncident,
} from '@app/domain';
import type { Envelope } from '@app/event-log';

/**
 * The read store: projections the query app serves. Adapters: SQLite (embedded) and PostgreSQL
 * (distributed), both through TypeORM, both passing test/contract/read-store.
 * Shapes of the views are defined next to the reducers in @app/domain; this port only moves them.
 */

export interface ProjectionBatch {
  /** The consumer whose checkpoint this batch advances, e.g. `project`. */
  consumer: string;
  topic: string;
  partition: number;
  /** Stored in the same transaction as the rows the batch changes. A decimal string. */
  nextOffset: string;
  events: Envelope<ConflictEvent>[];
}

export interface ApplyOutcome {
  applied: number;
  /** Events whose id was applied before (re-delivery, re-extraction of the same article). */
  duplicates: number;
  /** Theatres whose projections changed, for change notifications. */
  theatres: string[];
  /** Incidents seen for the first time in this batch, for alerting. */
  newIncidents: string[];
}

export interface StrikeQuery extends StrikeFilter {
  groupBy: 'day' | 'week' | 'month';
}

export interface IncidentQuery extends StrikeFilter {
  /** The newest `limit` incidents that match, newest day first. */
  limit: number;
}

/** An incident as a list shows it: the reconciled figures, without every source sentence. */
export type IncidentSummary = Omit<StrikeIncident, 'reports'> & { reportCount: number };

export interface HistoryQuery {
  /** Opaque cursor returned as `next` by the previous page. */
  after?: string;
  theatre?: string;
  limit: number;
}

export interface HistoryPage {
  events: Envelope<ConflictEvent>[];
  /**
   * The cursor to pass as `after` for what follows this page. Present whenever a position is known (also
   * at the end of the history, so a poller keeps its place); absent only for an empty history read from
   * the start.
   */
  next?: string;
  /** True when more events follow `next` already. */
  hasMore: boolean;
}

/** One gazetteer theatre on the overview: its ceasefire state and strike totals. */
export interface TheatreOverview {
  id: string;
  name: string;
  parties: readonly [string, string];
  ceasefire: { state: CeasefireState; since?: string; lastEventOn?: string };
  strikes: StrikeFigures & { lastIncidentOn?: string };
}

export interface ReadStore {
  apply(batch: ProjectionBatch): Promise<ApplyOutcome>;
  /** The stored next offset of a consumer's partition, undefined before its first batch. */
  checkpoint(consumer: string, topic: string, partition: number): Promise<string | undefined>;
  /** Every gazetteer theatre, in gazetteer order. */
  theatres(): Promise<TheatreOverview[]>;
  /** undefined when the theatre is unknown to the gazetteer. `asOf` folds history up to that date. */
  ceasefire(theatre: string, asOf?: string): Promise<CeasefireView | undefined>;
  strikes(query: StrikeQuery): Promise<StrikeCounts>;
  incidents(query: IncidentQuery): Promise<IncidentSummary[]>;
  incident(id: string): Promise<StrikeIncident | undefined>;
  history(query: HistoryQuery): Promise<HistoryPage>;
  close(): Promise<void>;
}
