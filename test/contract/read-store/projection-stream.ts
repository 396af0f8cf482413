import type { ConflictEvent } from '@app/domain';
import type { Envelope } from '@app/event-log';
import type { ProjectionBatch } from '@app/projections';

/** A deterministic stream for crash tests: offset i holds the same event in every run. */
export const STREAM_LENGTH = 2_000;
export const STREAM_BATCH = 20;
const WEAPONS = ['drone', 'missile', 'rocket'] as const;

/** Every event i reports attack i % 150 (so attacks gather several reports) launching i % 7 + 1 munitions. */
export function streamEvent(offset: number): Envelope<ConflictEvent> {
  const attack = offset % 150;
  const day = `2025-01-${String((attack % 28) + 1).padStart(2, '0')}`;
  const data: ConflictEvent =
    offset % 10 === 9
      ? {
          type: 'CeasefireViolationAlleged',
          theatre: 'russia-ukraine',
          occurredOn: day,
          parties: ['russia', 'ukraine'],
          by: 'ukraine',
        }
      : {
          type: 'StrikeReported',
          theatre: 'russia-ukraine',
          occurredOn: day,
          attacker: 'russia',
          target: 'ukraine',
          weapon: WEAPONS[Math.floor(attack / 28) % WEAPONS.length],
          launched: (offset % 7) + 1,
          intercepted: 0,
        };
  return {
    id: `stream-${offset}`,
    type: data.type,
    schemaVersion: 1,
    theatre: data.theatre,
    occurredOn: data.occurredOn,
    recordedAt: '2025-01-29T00:00:00.000Z',
    data,
    source: { articleId: `stream-article-${offset}` },
  };
}

export function streamBatch(from: number): ProjectionBatch {
  const to = Math.min(from + STREAM_BATCH, STREAM_LENGTH);
  const events: Envelope<ConflictEvent>[] = [];
  for (let offset = from; offset < to; offset++) events.push(streamEvent(offset));
  return { consumer: 'crash', topic: 'conflict-events', partition: 0, nextOffset: String(to), events };
}
