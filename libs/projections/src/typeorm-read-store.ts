import {
  Between,
  DataSource,
  LessThanOrEqual,
  MoreThan,
  MoreThanOrEqual,
  Not,
  type EntityManager,
  type FindOptionsWhere,
} from 'typeorm';
import {
  countStrikes,
  evolveCeasefireStatus,
  initialCeasefireStatus,
  isStrike,
  toCeasefireView,
  type CeasefireStatus,
  type CeasefireView,
  type ConflictEvent,
  type Gazetteer,
  type StrikeCounts,
  type StrikeFilter,
  type StrikeIncident,
} from '@app/domain';
import type { Envelope } from '@app/event-log';
import { projectBatch } from './project-batch';
import {
  CeasefireStatusRow,
  EventHistoryRow,
  ProjectionCheckpointRow,
  StrikeIncidentRow,
} from './read-store.entities';
import type {
  ApplyOutcome,
  HistoryPage,
  HistoryQuery,
  IncidentQuery,
  IncidentSummary,
  ProjectionBatch,
  ReadStore,
  StrikeQuery,
  TheatreOverview,
} from './read-store.port';

export interface TypeOrmReadStoreParts {
  /** Runs the projector's transactions. */
  writer: DataSource;
  /** Serves reads; SQLite gets a second connection so readers see committed snapshots only. */
  reader: DataSource;
  gazetteer: Gazetteer;
  /**
   * Runs first in every projector transaction. PostgreSQL takes an advisory lock there so that concurrent
   * processors commit in the order they draw history sequence numbers, which keeps cursor paging gap-free.
   */
  beginApply?: (manager: EntityManager) => Promise<void>;
}

export class TypeOrmReadStore implements ReadStore {
  /** One connection cannot run two transactions at once (SQLite), so this process applies batches in turn. */
  private applying: Promise<unknown> = Promise.resolve();

  constructor(private readonly parts: TypeOrmReadStoreParts) {}

  apply(batch: ProjectionBatch): Promise<ApplyOutcome> {
    const run = this.applying.then(() =>
      this.parts.writer.transaction(async (manager) => {
        await this.parts.beginApply?.(manager);
        return projectBatch(manager, batch);
      }),
    );
    this.applying = run.catch(() => undefined);
    return run;
  }

  async checkpoint(consumer: string, topic: string, partition: number): Promise<string | undefined> {
    const row = await this.parts.reader.manager.findOneBy(ProjectionCheckpointRow, {
      consumer,
      topic,
      partition,
    });
    return row?.nextOffset;
  }

  async theatres(): Promise<TheatreOverview[]> {
    const manager = this.parts.reader.manager;
    const statuses = new Map(
      (
        await manager.find(CeasefireStatusRow, {
          select: { theatre: true, state: true, since: true, lastEventOn: true },
        })
      ).map((row) => [row.theatre, row]),
    );
    const totals = await manager
      .createQueryBuilder(StrikeIncidentRow, 'incident')
      .select('incident.theatre', 'theatre')
      .addSelect('COUNT(*)', 'incidents')
      .addSelect('COALESCE(SUM(incident.launched), 0)', 'launched')
      .addSelect('COALESCE(SUM(incident.intercepted), 0)', 'intercepted')
      .addSelect('COUNT(incident.launched)', 'withLaunched')
      .addSelect('COUNT(incident.intercepted)', 'withIntercepted')
      .addSelect('MAX(incident.day)', 'lastIncidentOn')
      .groupBy('incident.theatre')
      .getRawMany<{
        theatre: string;
        incidents: unknown;
        launched: unknown;
        intercepted: unknown;
        withLaunched: unknown;
        withIntercepted: unknown;
        lastIncidentOn: string;
      }>();
    const strikes = new Map(totals.map((row) => [row.theatre, row]));
    return this.parts.gazetteer.theatres.map((theatre) => {
      const status = statuses.get(theatre.id);
      const total = strikes.get(theatre.id);
      return {
        id: theatre.id,
        name: theatre.name,
        parties: theatre.parties,
        ceasefire: {
          state: (status?.state ?? 'none') as TheatreOverview['ceasefire']['state'],
          ...(status?.since && { since: status.since }),
          ...(status?.lastEventOn && { lastEventOn: status.lastEventOn }),
        },
        // pg returns COUNT and SUM as bigint strings; the figures are far below 2^53.
        strikes: {
          incidents: Number(total?.incidents ?? 0),
          launched: Number(total?.launched ?? 0),
          intercepted: Number(total?.intercepted ?? 0),
          withLaunched: Number(total?.withLaunched ?? 0),
          withIntercepted: Number(total?.withIntercepted ?? 0),
          ...(total?.lastIncidentOn && { lastIncidentOn: total.lastIncidentOn }),
        },
      };
    });
  }

  async ceasefire(theatre: string, asOf?: string): Promise<CeasefireView | undefined> {
    if (!this.parts.gazetteer.theatre(theatre)) return undefined;
    if (asOf !== undefined) return toCeasefireView(await this.foldHistory(theatre, asOf));
    const row = await this.parts.reader.manager.findOneBy(CeasefireStatusRow, { theatre });
    return toCeasefireView(
      row ? (JSON.parse(row.status) as CeasefireStatus) : initialCeasefireStatus(theatre),
    );
  }

  async strikes(query: StrikeQuery): Promise<StrikeCounts> {
    const where = strikeWhere(query);
    const select = {
      theatre: true,
      attacker: true,
      day: true,
      weapon: true,
      launched: true,
      intercepted: true,
    };
    const rows = await this.parts.reader.manager.find(StrikeIncidentRow, { select, where });
    return countStrikes(
      rows.map((row) => ({ ...row, weapon: row.weapon as StrikeIncident['weapon'] })),
      query.groupBy,
      query,
    );
  }

  async incidents(query: IncidentQuery): Promise<IncidentSummary[]> {
    const rows = await this.parts.reader.manager.find(StrikeIncidentRow, {
      where: strikeWhere(query),
      order: { day: 'DESC', id: 'ASC' },
      take: query.limit,
    });
    return rows.map((row) => {
      const { reports, ...summary } = JSON.parse(row.incident) as StrikeIncident;
      return { ...summary, reportCount: reports.length };
    });
  }

  async incident(id: string): Promise<StrikeIncident | undefined> {
    const row = await this.parts.reader.manager.findOneBy(StrikeIncidentRow, { id });
    return row ? (JSON.parse(row.incident) as StrikeIncident) : undefined;
  }

  async history(query: HistoryQuery): Promise<HistoryPage> {
    const after = query.after === undefined ? undefined : cursorSeq(query.after);
    const where: FindOptionsWhere<EventHistoryRow> = {};
    if (after !== undefined) where.seq = MoreThan(after);
    if (query.theatre !== undefined) where.theatre = query.theatre;
    const rows = await this.parts.reader.manager.find(EventHistoryRow, {
      where,
      order: { seq: 'ASC' },
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const next = last ? String(last.seq) : query.after;
    return {
      events: page.map((row) => JSON.parse(row.envelope) as Envelope<ConflictEvent>),
      ...(next !== undefined && { next }),
      hasMore: rows.length > query.limit,
    };
  }

  async close(): Promise<void> {
    await this.applying;
    if (this.parts.reader !== this.parts.writer && this.parts.reader.isInitialized)
      await this.parts.reader.destroy();
    if (this.parts.writer.isInitialized) await this.parts.writer.destroy();
  }

  /** "As of" runs the live reducer over the theatre's history up to that day, ignoring later events. */
  private async foldHistory(theatre: string, asOf: string): Promise<CeasefireStatus> {
    const rows = await this.parts.reader.manager.find(EventHistoryRow, {
      select: { seq: true, envelope: true },
      where: { theatre, type: Not('StrikeReported'), day: LessThanOrEqual(asOf) },
      order: { seq: 'ASC' },
    });
    let status = initialCeasefireStatus(theatre);
    for (const row of rows) {
      const envelope = JSON.parse(row.envelope) as Envelope<ConflictEvent>;
      if (isStrike(envelope.data)) continue;
      status = evolveCeasefireStatus(status, { id: envelope.id, data: envelope.data });
    }
    return status;
  }
}

function cursorSeq(cursor: string): number {
  if (!/^\d{1,15}$/.test(cursor))
    throw new Error(`history cursor "${cursor}" was not returned by this store`);
  return Number(cursor);
}

function strikeWhere(filter: StrikeFilter): FindOptionsWhere<StrikeIncidentRow> {
  const where: FindOptionsWhere<StrikeIncidentRow> = {};
  if (filter.theatre !== undefined) where.theatre = filter.theatre;
  if (filter.attacker !== undefined) where.attacker = filter.attacker;
  if (filter.weapon !== undefined) where.weapon = filter.weapon;
  if (filter.from !== undefined && filter.to !== undefined) where.day = Between(filter.from, filter.to);
  else if (filter.from !== undefined) where.day = MoreThanOrEqual(filter.from);
  else if (filter.to !== undefined) where.day = LessThanOrEqual(filter.to);
  return where;
}
