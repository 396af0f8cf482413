import type {
  AppendedPosition,
  AppendRequest,
  CheckpointStore,
  EventLog,
  LogRecord,
  PartitionBatch,
  SubscribeOptions,
  Subscription,
  TopicSpec,
} from '../event-log.port';
import { TOPICS } from '../event-log.port';
import { DEAD_LETTER_TYPE, type DeadLetter } from '../dead-letter';
import { createKafkaEventLog, type KafkaEventLogOptions } from './kafka-event-log';

/**
 * A Kafka event log whose topics and consumer groups all live under a namespace (`<namespace>.articles`),
 * so several deployments, or test runs, share one cluster without seeing each other's records. Callers
 * use the plain names and get records back with the plain names; the log's own dead-letter and
 * checkpoint topics move under the namespace too.
 */
export function createNamespacedKafkaEventLog(
  options: KafkaEventLogOptions & { namespace: string },
): EventLog {
  const { namespace, ...kafka } = options;
  const log = createKafkaEventLog({
    ...kafka,
    deadLetterTopic: `${namespace}.${TOPICS.deadLetter}`,
    checkpointTopic: `${namespace}.${kafka.checkpointTopic ?? 'checkpoints'}`,
  });
  return new NamespacedEventLog(log, namespace);
}

class NamespacedEventLog implements EventLog {
  readonly checkpoints: CheckpointStore;

  constructor(
    private readonly log: EventLog,
    private readonly namespace: string,
  ) {
    this.checkpoints = {
      get: (group, topic, partition) => log.checkpoints.get(this.outer(group), this.outer(topic), partition),
      set: (group, topic, partition, nextOffset) =>
        log.checkpoints.set(this.outer(group), this.outer(topic), partition, nextOffset),
    };
  }

  ensureTopics(topics: TopicSpec[]): Promise<void> {
    return this.log.ensureTopics(topics.map((topic) => ({ ...topic, name: this.outer(topic.name) })));
  }

  async append<T>(topic: string, records: AppendRequest<T>[]): Promise<AppendedPosition[]> {
    return (await this.log.append(this.outer(topic), records)).map((position) => ({ ...position, topic }));
  }

  async read<T = unknown>(
    topic: string,
    partition: number,
    fromOffset: string,
    limit: number,
  ): Promise<LogRecord<T>[]> {
    const records = await this.log.read<T>(this.outer(topic), partition, fromOffset, limit);
    return records.map((record) => this.plain(record, topic));
  }

  partitionCount(topic: string): Promise<number> {
    return this.log.partitionCount(this.outer(topic));
  }

  endOffset(topic: string, partition: number): Promise<string> {
    return this.log.endOffset(this.outer(topic), partition);
  }

  subscribe<T>(options: SubscribeOptions<T>): Promise<Subscription> {
    const plain = (batch: PartitionBatch<T>): PartitionBatch<T> => ({
      ...batch,
      topic: options.topic,
      records: batch.records.map((record) => this.plain(record, options.topic)),
    });
    const { onRetry } = options;
    return this.log.subscribe<T>({
      ...options,
      topic: this.outer(options.topic),
      group: this.outer(options.group),
      onBatch: (batch) => options.onBatch(plain(batch)),
      ...(onRetry && {
        onRetry: (error: unknown, batch: PartitionBatch<T>, attempt: number) =>
          onRetry(error, plain(batch), attempt),
      }),
    });
  }

  close(): Promise<void> {
    return this.log.close();
  }

  private outer(name: string): string {
    return `${this.namespace}.${name}`;
  }

  /** The record as the caller names things: its topic, and the source topic a dead letter points at. */
  private plain<T>(record: LogRecord<T>, topic: string): LogRecord<T> {
    const { envelope } = record;
    if (envelope.type !== DEAD_LETTER_TYPE) return { ...record, topic };
    const deadLetter = envelope.data as DeadLetter;
    const prefix = `${this.namespace}.`;
    if (!deadLetter.topic.startsWith(prefix)) return { ...record, topic };
    const data = { ...deadLetter, topic: deadLetter.topic.slice(prefix.length) };
    return { ...record, topic, envelope: { ...envelope, data: data as T } };
  }
}
