import type { EventLog, LogRecord } from '@app/event-log';
import { TOPICS } from '@app/event-log';

/** Parks a record that cannot be processed, with the reason, so that its partition moves on. */
export async function sendToDeadLetter(eventLog: EventLog, record: LogRecord, reason: string, recordedAt: string): Promise<void> {
  await eventLog.append(TOPICS.deadLetter, [
    {
      key: record.key,
      envelope: {
        id: `dead-letter:${record.topic}:${record.partition}:${record.offset}`,
        type: 'DeadLetter',
        schemaVersion: 1,
        recordedAt,
        data: { topic: record.topic, partition: record.partition, offset: record.offset, reason, envelope: record.envelope },
      },
    },
  ]);
}
