import { deadLetterEnvelope, TOPICS, type EventLog, type LogRecord } from '@app/event-log';

/** Parks a record whose payload breaks the contract, with the reason, so that its partition moves on. */
export async function sendToDeadLetter(eventLog: EventLog, record: LogRecord, reason: string, recordedAt: string): Promise<void> {
  const { topic, partition, offset, envelope } = record;
  await eventLog.append(TOPICS.deadLetter, [
    { key: record.key, envelope: deadLetterEnvelope({ topic, partition, offset, reason, envelope }, recordedAt) },
  ]);
}
