import { In, type EntityManager } from 'typeorm';
import {
  ConflictEvent,
  evolveCeasefireStatus,
  evolveStrikeIncident,
  firstDayOf,
  initialCeasefireStatus,
  initialStrikeIncident,
  isStrike,
  strikeIncidentId,
  strikeIncidentKey,
  type CeasefireStatus,
  type StrikeIncident,
} from '@app/domain';
import type { Envelope } from '@app/event-log';
import {
  AlertOutboxRow,
  CeasefireStatusRow,
  EventHistoryRow,
  ProjectionCheckpointRow,
  StrikeIncidentRow,
} from './read-store.entities';
import type { ApplyOutcome, ProjectionBatch } from './read-store.port';

/** Keeps every statement's parameter count well under SQLite's and PostgreSQL's limits. */
const CHUNK = 100;

/**
 * Folds one batch into the read models and stores the checkpoint, all through `manager`, which the caller
 * has opened as one transaction: whatever throws here leaves neither rows nor checkpoint behind.
 */
export async function projectBatch(manager: EntityManager, batch: ProjectionBatch): Promise<ApplyOutcome> {
  const seen = await alreadyApplied(
    manager,
    batch.events.map((event) => event.id),
  );
  const fresh: { envelope: Envelope<ConflictEvent>; event: ConflictEvent }[] = [];
  let duplicates = 0;
  for (const envelope of batch.events) {
    if (seen.has(envelope.id)) {
      duplicates += 1;
      continue;
    }
    seen.add(envelope.id);
    fresh.push({ envelope, event: validated(envelope) });
  }

  const events = fresh.map(({ event }) => event);
  const ceasefires = await loadCeasefires(manager, events);
  const incidents = await loadIncidents(manager, events);
  const existingIncidents = new Set(incidents.keys());
  const firstRecordedAt = new Map<string, string>();
  const history: Omit<EventHistoryRow, 'seq'>[] = [];

  for (const { envelope, event } of fresh) {
    history.push({
      eventId: envelope.id,
      theatre: event.theatre,
      type: event.type,
      occurredOn: event.occurredOn,
      day: firstDayOf(event.occurredOn),
      // As the log carried it: fields a later reducer may use survive even if today's schema drops them.
      envelope: JSON.stringify(envelope),
    });
    if (isStrike(event)) {
      const key = strikeIncidentKey(event);
      const id = strikeIncidentId(key);
      const incident = incidents.get(id) ?? initialStrikeIncident(key);
      incidents.set(
        id,
        evolveStrikeIncident(incident, { id: envelope.id, data: event, source: envelope.source }),
      );
      if (!existingIncidents.has(id) && !firstRecordedAt.has(id)) {
        firstRecordedAt.set(id, envelope.recordedAt);
      }
    } else {
      const status = ceasefires.get(event.theatre) ?? initialCeasefireStatus(event.theatre);
      ceasefires.set(event.theatre, evolveCeasefireStatus(status, { id: envelope.id, data: event }));
    }
  }

  for (const rows of chunks(history)) await manager.insert(EventHistoryRow, rows);
  for (const rows of chunks([...ceasefires.values()].map(ceasefireRow))) {
    await manager.upsert(CeasefireStatusRow, rows, ['theatre']);
  }
  for (const rows of chunks([...incidents.values()].map(incidentRow))) {
    await manager.upsert(StrikeIncidentRow, rows, ['id']);
  }
  const newIncidents = [...firstRecordedAt.keys()];
  const alerts = newIncidents.map((id) => outboxRow(incidents.get(id)!, firstRecordedAt.get(id)!));
  for (const rows of chunks(alerts)) {
    // A rebuilt read store keeps its outbox: an incident alerted before is not alerted again.
    await manager.createQueryBuilder().insert().into(AlertOutboxRow).values(rows).orIgnore().execute();
  }
  await manager.upsert(
    ProjectionCheckpointRow,
    {
      consumer: batch.consumer,
      topic: batch.topic,
      partition: batch.partition,
      nextOffset: decimalOffset(batch.nextOffset),
    },
    ['consumer', 'topic', 'partition'],
  );

  return {
    applied: fresh.length,
    duplicates,
    theatres: [...new Set(history.map((row) => row.theatre))].sort(),
    newIncidents,
  };
}

async function alreadyApplied(manager: EntityManager, ids: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await manager.find(EventHistoryRow, {
      select: { eventId: true },
      where: { eventId: In(part) },
    });
    for (const row of rows) seen.add(row.eventId);
  }
  return seen;
}

async function loadCeasefires(
  manager: EntityManager,
  events: ConflictEvent[],
): Promise<Map<string, CeasefireStatus>> {
  const theatres = [...new Set(events.filter((event) => !isStrike(event)).map((event) => event.theatre))];
  const loaded = new Map<string, CeasefireStatus>();
  for (const part of chunks(theatres)) {
    for (const row of await manager.find(CeasefireStatusRow, { where: { theatre: In(part) } })) {
      loaded.set(row.theatre, JSON.parse(row.status) as CeasefireStatus);
    }
  }
  return loaded;
}

async function loadIncidents(
  manager: EntityManager,
  events: ConflictEvent[],
): Promise<Map<string, StrikeIncident>> {
  const ids = new Set<string>();
  for (const event of events) if (isStrike(event)) ids.add(strikeIncidentId(strikeIncidentKey(event)));
  const loaded = new Map<string, StrikeIncident>();
  for (const part of chunks([...ids])) {
    for (const row of await manager.find(StrikeIncidentRow, { where: { id: In(part) } })) {
      loaded.set(row.id, JSON.parse(row.incident) as StrikeIncident);
    }
  }
  return loaded;
}

/** The processor validates before applying; this guards the store against any other caller. */
function validated(envelope: Envelope<ConflictEvent>): ConflictEvent {
  const parsed = ConflictEvent.safeParse(envelope.data);
  if (!parsed.success) {
    throw new Error(`event ${envelope.id} is not a valid conflict event: ${parsed.error.issues[0].message}`);
  }
  return parsed.data;
}

function decimalOffset(offset: string): string {
  if (!/^\d{1,32}$/.test(offset)) throw new Error(`checkpoint offset "${offset}" is not a decimal string`);
  return offset;
}

function ceasefireRow(status: CeasefireStatus): CeasefireStatusRow {
  return {
    theatre: status.theatre,
    state: status.state,
    since: status.since ?? null,
    lastEventOn: status.lastEventOn ?? null,
    status: JSON.stringify(status),
  };
}

function incidentRow(incident: StrikeIncident): StrikeIncidentRow {
  return {
    id: incident.id,
    theatre: incident.theatre,
    attacker: incident.attacker,
    target: incident.target,
    weapon: incident.weapon,
    day: incident.day,
    launched: incident.launched,
    intercepted: incident.intercepted,
    jammed: incident.jammed,
    disagreement: incident.disagreement,
    reportCount: incident.reports.length,
    incident: JSON.stringify(incident),
  };
}

function outboxRow(incident: StrikeIncident, recordedAt: string): Omit<AlertOutboxRow, 'seq'> {
  return {
    incidentId: incident.id,
    theatre: incident.theatre,
    payload: JSON.stringify(incident),
    recordedAt,
    deliveredAt: null,
  };
}

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}
