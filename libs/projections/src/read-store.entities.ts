import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/*
 * Column types are the ones SQLite and PostgreSQL read and write alike: varchar, text, integer, boolean.
 * JSON documents are text (parsed by the store), dates are ISO strings, and offsets are decimal strings:
 * a bigint comes back from pg as a string and from SQLite as a number that loses precision past 2^53.
 */

/** The folded ceasefire reducer state of one theatre; state, since and last day are columns for the overview. */
@Entity({ name: 'ceasefire_status' })
export class CeasefireStatusRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  theatre!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  since!: string | null;

  @Column({ name: 'last_event_on', type: 'varchar', length: 10, nullable: true })
  lastEventOn!: string | null;

  /** JSON of the reducer's CeasefireStatus, journal included. */
  @Column({ type: 'text' })
  status!: string;
}

/**
 * One attack. Counts are computed from these rows at query time rather than kept in a strike_counts table:
 * an incident row is small, filters (theatre, dates, attacker, weapon) hit indexed columns, and a counts table
 * would need re-aggregation on every late report that changes an incident's reconciled figure. Dashboards
 * poll with ETags, so an unchanged answer costs the query, not a transfer.
 */
@Entity({ name: 'strike_incidents' })
@Index('IDX_strike_incidents_theatre_day', ['theatre', 'day'])
@Index('IDX_strike_incidents_day', ['day'])
export class StrikeIncidentRow {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  theatre!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  attacker!: string | null;

  @Column({ type: 'varchar', length: 64 })
  target!: string;

  @Column({ type: 'varchar', length: 16 })
  weapon!: string;

  @Column({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'integer', nullable: true })
  launched!: number | null;

  @Column({ type: 'integer', nullable: true })
  intercepted!: number | null;

  @Column({ type: 'integer', nullable: true })
  jammed!: number | null;

  @Column({ type: 'boolean' })
  disagreement!: boolean;

  @Column({ name: 'report_count', type: 'integer' })
  reportCount!: number;

  /** JSON of the reducer's StrikeIncident, every report with its evidence. */
  @Column({ type: 'text' })
  incident!: string;
}

/** Every applied event in application order; `seq` is the history cursor. */
@Entity({ name: 'event_history' })
@Index('UQ_event_history_event_id', ['eventId'], { unique: true })
@Index('IDX_event_history_theatre_seq', ['theatre', 'seq'])
@Index('IDX_event_history_theatre_day', ['theatre', 'day'])
export class EventHistoryRow {
  @PrimaryGeneratedColumn('increment', { type: 'integer' })
  seq!: number;

  @Column({ name: 'event_id', type: 'varchar', length: 200 })
  eventId!: string;

  @Column({ type: 'varchar', length: 64 })
  theatre!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ name: 'occurred_on', type: 'varchar', length: 21 })
  occurredOn!: string;

  /** First day of occurredOn, for "as of" folds. */
  @Column({ type: 'varchar', length: 10 })
  day!: string;

  /** JSON of the whole envelope, as the log carried it. */
  @Column({ type: 'text' })
  envelope!: string;
}

@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpointRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  consumer!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  topic!: string;

  @PrimaryColumn({ type: 'integer' })
  partition!: number;

  @Column({ name: 'next_offset', type: 'varchar', length: 32 })
  nextOffset!: string;
}

/** Alerts to deliver, one per incident, written in the transaction that first saw the incident. */
@Entity({ name: 'alert_outbox' })
@Index('UQ_alert_outbox_incident_id', ['incidentId'], { unique: true })
export class AlertOutboxRow {
  @PrimaryGeneratedColumn('increment', { type: 'integer' })
  seq!: number;

  @Column({ name: 'incident_id', type: 'varchar', length: 32 })
  incidentId!: string;

  @Column({ type: 'varchar', length: 64 })
  theatre!: string;

  /** JSON of the incident as it stood at the end of the batch that first saw it. */
  @Column({ type: 'text' })
  payload!: string;

  /** recordedAt of the event that created the incident: the store itself reads no clock. */
  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;

  @Column({ name: 'delivered_at', type: 'varchar', length: 40, nullable: true })
  deliveredAt!: string | null;
}

/** Listed, not globbed: webpack bundles the apps and cannot follow a glob. */
export const READ_STORE_ENTITIES = [
  CeasefireStatusRow,
  StrikeIncidentRow,
  EventHistoryRow,
  ProjectionCheckpointRow,
  AlertOutboxRow,
];
