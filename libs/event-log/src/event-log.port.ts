/**
 * The event log: the system of record. Two topics carry the domain:
 * `articles` (ArticleReceived, keyed by article id) and `conflict-events` (domain events, keyed by theatre).
 * Adapters: embedded SQLite (one process) and Kafka (distributed). Both pass test/contract/event-log.
 */

/** Where a record came from in an article: lets a reader check every figure against its sentence. */
export interface EnvelopeSource {
  articleId: string;
  sentence?: string;
  start?: number;
  end?: number;
}

export interface Envelope<T = unknown> {
  /** Deterministic: derived from what the record is, so re-delivery and re-derivation are recognisable. */
  id: string;
  type: string;
  schemaVersion: number;
  theatre?: string;
  occurredOn?: string;
  /** When the service recorded it (ISO timestamp); the only clock reading on the record. */
  recordedAt: string;
  data: T;
  source?: EnvelopeSource;
  extractorVersion?: string;
}

export interface LogRecord<T = unknown> {
  topic: string;
  partition: number;
  /** Offsets are decimal strings: Kafka's are 64-bit, and SQLite and PostgreSQL return them differently. */
  offset: string;
  key: string;
  envelope: Envelope<T>;
}

export interface TopicSpec {
  name: string;
  partitions: number;
}

export interface AppendRequest<T = unknown> {
  key: string;
  envelope: Envelope<T>;
}

export interface AppendedPosition {
  topic: string;
  partition: number;
  offset: string;
}

export interface PartitionBatch<T = unknown> {
  topic: string;
  partition: number;
  /**
   * May be empty when every record in the range was undecodable: those went to the dead-letter topic, and the
   * checkpoint still moves to `nextOffset`.
   */
  records: LogRecord<T>[];
  /** The offset after the last record: what to store as the checkpoint once the batch is applied. */
  nextOffset: string;
}

export interface SubscribeOptions<T = unknown> {
  topic: string;
  /** Consumer group: instances with the same group share the topic's partitions. */
  group: string;
  /**
   * The offset of the next record to process in a partition, read from wherever the consumer keeps its
   * checkpoint; undefined starts at the beginning. Called when a partition is assigned (start, rebalance).
   */
  resumeFrom(partition: number): Promise<string | undefined>;
  /**
   * Processes one batch from one partition and stores its checkpoint. A rejection re-delivers the same
   * batch after a back-off; the subscription never skips a batch that was not handled.
   */
  onBatch(batch: PartitionBatch<T>): Promise<void>;
  /** Told of every rejection before the back-off, so a batch that keeps failing is visible (e.g. logged). */
  onRetry?(error: unknown, batch: PartitionBatch<T>, attempt: number): void;
  maxBatchSize?: number;
}

export interface Subscription {
  stop(): Promise<void>;
}

/** Per-consumer checkpoints kept by the log itself, for consumers whose output is not a database. */
export interface CheckpointStore {
  get(group: string, topic: string, partition: number): Promise<string | undefined>;
  set(group: string, topic: string, partition: number, nextOffset: string): Promise<void>;
}

export interface EventLog {
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Resolves only once every record is durable; the positions are in request order. */
  append<T>(topic: string, records: AppendRequest<T>[]): Promise<AppendedPosition[]>;
  /**
   * Records of one partition from `fromOffset` (inclusive), at most `limit`; undecodable records are passed
   * over, so an empty answer means nothing decodable is left in the partition.
   */
  read<T = unknown>(
    topic: string,
    partition: number,
    fromOffset: string,
    limit: number,
  ): Promise<LogRecord<T>[]>;
  partitionCount(topic: string): Promise<number>;
  /** The offset the next appended record of a partition will get. */
  endOffset(topic: string, partition: number): Promise<string>;
  subscribe<T>(options: SubscribeOptions<T>): Promise<Subscription>;
  readonly checkpoints: CheckpointStore;
  close(): Promise<void>;
}

export const TOPICS = {
  articles: 'articles',
  conflictEvents: 'conflict-events',
  deadLetter: 'dead-letter',
} as const;
