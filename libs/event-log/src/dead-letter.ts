import type { Envelope } from './event-log.port';

export const DEAD_LETTER_TYPE = 'DeadLetter';

/** What the dead-letter topic records about a record that could not be decoded or processed. */
export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  reason: string;
  /** The record's value as text, when it never became an envelope. */
  raw?: string;
  /** The record's envelope, when it decoded but its content was rejected. */
  envelope?: Envelope<unknown>;
}

/** Keyed by the record's position, so parking the same record twice is recognisable as one dead letter. */
export function deadLetterEnvelope(deadLetter: DeadLetter, recordedAt: string): Envelope<DeadLetter> {
  return {
    id: `dead-letter:${deadLetter.topic}:${deadLetter.partition}:${deadLetter.offset}`,
    type: DEAD_LETTER_TYPE,
    schemaVersion: 1,
    recordedAt,
    data: deadLetter,
  };
}
