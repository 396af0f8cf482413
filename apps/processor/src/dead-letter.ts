import type { Logger } from '@nestjs/common';
import { deadLetterEnvelope, TOPICS, type EventLog, type LogRecord } from '@app/event-log';

/**
 * Parks records whose payload breaks the contract, with the reason, so that their partition moves on.
 * A batch is handed over again when a later step fails (the read store is down, say); remembering what
 * was parked keeps a long outage from parking the same record once per retry.
 */
export class DeadLetters {
  private readonly parked = new Set<string>();

  constructor(
    private readonly eventLog: EventLog,
    private readonly logger: Logger,
  ) {}

  async park(record: LogRecord, reason: string, recordedAt: string): Promise<void> {
    const { topic, partition, offset, envelope } = record;
    const position = `${topic}/${partition}/${offset}`;
    if (this.parked.has(position)) return;
    await this.eventLog.append(TOPICS.deadLetter, [
      {
        key: record.key,
        envelope: deadLetterEnvelope({ topic, partition, offset, reason, envelope }, recordedAt),
      },
    ]);
    this.parked.add(position);
    this.logger.warn(`${position} parked on ${TOPICS.deadLetter}: ${reason}`);
  }
}
