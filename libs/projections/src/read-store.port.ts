import type { ConflictEvent, WeaponClass } from '@app/domain';
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
  /** Stored in the same transaction as the rows the batch changes. */
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

export interface StrikeQuery {
  theatre?: string;
  from?: string;
  to?: string;
  attacker?: string;
  weapon?: WeaponClass;
  groupBy: 'day' | 'week' | 'month';
}

export interface HistoryQuery {
  /** Opaque cursor returned as `next` by the previous page. */
  after?: string;
  theatre?: string;
  limit: number;
}

export interface HistoryPage {
  events: Envelope<ConflictEvent>[];
  next?: string;
}

export interface ReadStore<
  CeasefireView = unknown,
  StrikeCountsView = unknown,
  IncidentView = unknown,
  TheatreView = unknown,
> {
  apply(batch: ProjectionBatch): Promise<ApplyOutcome>;
  checkpoint(consumer: string, topic: string, partition: number): Promise<string | undefined>;
  theatres(): Promise<TheatreView[]>;
  /** undefined when the theatre is unknown to the gazetteer. `asOf` folds history up to that date. */
  ceasefire(theatre: string, asOf?: string): Promise<CeasefireView | undefined>;
  strikes(query: StrikeQuery): Promise<StrikeCountsView>;
  incident(id: string): Promise<IncidentView | undefined>;
  history(query: HistoryQuery): Promise<HistoryPage>;
  close(): Promise<void>;
}
