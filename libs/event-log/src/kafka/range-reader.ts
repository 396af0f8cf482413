import { randomUUID } from 'node:crypto';
import type { Batch, Consumer, Kafka, KafkaMessage } from 'kafkajs';

export interface RangeReaderSettings {
  groupPrefix: string;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxWaitTimeInMs: number;
  /** The whole read, join included, must finish within this; a read never hangs on a sick broker. */
  timeoutMs: number;
}

export interface OffsetRange {
  topic: string;
  partition: number;
  partitionCount: number;
  from: bigint;
  /** Exclusive: the partition's end offset when the read began. */
  end: bigint;
}

/**
 * Hands `take` the messages of one partition from `range.from` on, in offset order, until `take` answers true
 * (enough) or the range is exhausted. kafkajs has no manual partition assignment, so a throwaway group of one
 * member owns every partition of the topic, seeks the one it wants and pauses the others before they fetch.
 */
export async function readRange(
  kafka: Kafka,
  range: OffsetRange,
  take: (message: KafkaMessage) => boolean,
  settings: RangeReaderSettings,
): Promise<void> {
  if (range.from >= range.end) return;
  const consumer = kafka.consumer({
    groupId: `${settings.groupPrefix}-${randomUUID()}`,
    sessionTimeout: settings.sessionTimeoutMs,
    heartbeatInterval: settings.heartbeatIntervalMs,
    maxWaitTimeInMs: settings.maxWaitTimeInMs,
    allowAutoTopicCreation: false,
  });
  let finished = false;
  let signalFinished!: () => void;
  const allRead = new Promise<void>((resolve) => (signalFinished = resolve));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `reading ${range.topic}/${range.partition} from ${range.from} took longer than ${settings.timeoutMs} ms`,
          ),
        ),
      settings.timeoutMs,
    );
  });
  try {
    await Promise.race([
      (async () => {
        await consumer.connect();
        await consumer.subscribe({ topics: [range.topic], fromBeginning: true });
        let next = range.from;
        await consumer.run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch }) => {
            if (finished) return;
            if (batch.partition !== range.partition) return;
            // Batches fetched before the seek took effect start below `next`: their records are skipped.
            for (const message of batch.messages) {
              const offset = BigInt(message.offset);
              if (offset < next) continue;
              next = offset + 1n;
              if (take(message) || next >= range.end) {
                finished = true;
                signalFinished();
                return;
              }
            }
          },
        });
        consumer.seek({ topic: range.topic, partition: range.partition, offset: range.from.toString() });
        const others = Array.from({ length: range.partitionCount }, (_, partition) => partition).filter(
          (partition) => partition !== range.partition,
        );
        if (others.length > 0) consumer.pause([{ topic: range.topic, partitions: others }]);
        await allRead;
      })(),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
    await disconnectQuietly(consumer);
  }
}

async function disconnectQuietly(consumer: Consumer): Promise<void> {
  try {
    await consumer.disconnect();
  } catch {
    // The read's answer (or its own error) is what matters; a failed leave only delays the group's expiry.
  }
}

/** The offset kafkajs fetched this batch from (kafkajs 2.2 keeps it on the batch but leaves it out of its types). */
export function fetchedOffsetOf(batch: Batch): bigint {
  return BigInt((batch as Batch & { fetchedOffset: string }).fetchedOffset);
}
