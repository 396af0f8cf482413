import {
  Kafka,
  logLevel as kafkaLogLevel,
  type Admin,
  type IHeaders,
  type KafkaMessage,
  type logCreator,
  type Producer,
} from 'kafkajs';
import { deadLetterEnvelope, type DeadLetter } from '../dead-letter';
import { decodeEnvelope, encodeEnvelope } from '../envelope-codec';
import {
  TOPICS,
  type AppendedPosition,
  type AppendRequest,
  type CheckpointStore,
  type EventLog,
  type LogRecord,
  type PartitionBatch,
  type SubscribeOptions,
  type Subscription,
  type TopicSpec,
} from '../event-log.port';
import { parseOffset, requireReadLimit } from '../offsets';
import { partitionForKey } from '../partitioner';
import {
  DEFAULT_MAX_BATCH_SIZE,
  DEFAULT_REDELIVERY_BACK_OFF,
  type RedeliveryBackOff,
} from '../delivery-defaults';
import { UpcasterRegistry, type Upcaster } from '../upcasting';
import { KafkaCheckpointStore } from './kafka-checkpoint-store';
import { KafkaSubscription } from './kafka-subscription';
import { readRange, type RangeReaderSettings } from './range-reader';

/** kafkajs retry settings for every request: the total stays a few seconds, so a dead broker fails fast. */
export interface KafkaRetryOptions {
  retries: number;
  initialRetryTimeMs: number;
  maxRetryTimeMs: number;
}

export interface KafkaGroupTimings {
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  rebalanceTimeoutMs: number;
  /** How long an idle fetch waits for records: the latency of a quiet subscription. */
  maxWaitTimeInMs: number;
}

export interface KafkaEventLogOptions {
  brokers: string[];
  clientId: string;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  retry?: Partial<KafkaRetryOptions>;
  /** An append not acknowledged within this rejects (ingest answers 503), whatever kafkajs is still trying. */
  appendTimeoutMs?: number;
  /** Budget for one `read` (a throwaway group join plus the fetches). */
  readTimeoutMs?: number;
  groupTimings?: Partial<KafkaGroupTimings>;
  /** Wait before handing a rejected batch over again: doubles from `initialMs` up to `maxMs`. */
  redeliveryBackOff?: RedeliveryBackOff;
  /**
   * Replicas of every topic this log creates; the broker's default.replication.factor when unset. With 3, also
   * give the brokers min.insync.replicas=2, so an acknowledged append survives the loss of one broker.
   */
  replicationFactor?: number;
  /** The compacted topic that keeps the CheckpointStore's records. */
  checkpointTopic?: string;
  /** Where undecodable records are parked; a namespaced deployment parks them in its own. */
  deadLetterTopic?: string;
  upcasters?: readonly Upcaster[];
  /** Stamps the dead letters the log writes itself. */
  now?: () => Date;
  logLevel?: kafkaLogLevel;
  /** Routes kafkajs's own log lines (e.g. into the application's logger); kafkajs prints JSON to the console otherwise. */
  logCreator?: logCreator;
}

const DEFAULT_RETRY: KafkaRetryOptions = { retries: 3, initialRetryTimeMs: 100, maxRetryTimeMs: 1_000 };
const DEFAULT_GROUP_TIMINGS: KafkaGroupTimings = {
  sessionTimeoutMs: 10_000,
  heartbeatIntervalMs: 1_000,
  rebalanceTimeoutMs: 10_000,
  maxWaitTimeInMs: 100,
};
/** How much one group commit sends at most; an append larger than this still goes, alone. */
const GROUP_COMMIT_BYTES = 900 * 1024;

type OutgoingRecord = EncodedRecord & { headers?: IHeaders };

interface WaitingAppend {
  records: OutgoingRecord[];
  resolve(positions: AppendedPosition[]): void;
  reject(error: unknown): void;
}

/**
 * Infinite retention: the log is the system of record, nothing in it may expire. Records up to 4 MiB: ingest
 * accepts articles of 1 MiB, whose envelope (JSON escaping included) can pass the broker's 1 MiB default.
 */
const KEEP_FOREVER = [
  { name: 'retention.ms', value: '-1' },
  { name: 'retention.bytes', value: '-1' },
  { name: 'max.message.bytes', value: String(4 * 1024 * 1024) },
];
/** Headers on every dead letter, so tools can route and count them without decoding the value. */
export const DEAD_LETTER_HEADERS = {
  reason: 'x-dead-letter-reason',
  topic: 'x-dead-letter-source-topic',
  partition: 'x-dead-letter-source-partition',
  offset: 'x-dead-letter-source-offset',
} as const;

/**
 * The distributed event log on Apache Kafka (kafkajs). Records are placed by the shared partitioner rather
 * than Kafka's, so a key lands in the same partition number in both adapters and the append knows each record's
 * partition before sending it.
 */
export function createKafkaEventLog(options: KafkaEventLogOptions): EventLog {
  return new KafkaEventLog(options);
}

interface EncodedRecord {
  partition: number;
  key: string;
  value: Buffer;
}

class KafkaEventLog implements EventLog {
  readonly checkpoints: CheckpointStore;
  private readonly kafka: Kafka;
  private readonly upcasters: UpcasterRegistry;
  private readonly now: () => Date;
  private readonly groupTimings: KafkaGroupTimings;
  private readonly checkpointTopic: string;
  private readonly deadLetterTopic: string;
  private readonly partitionCounts = new Map<string, number>();
  private readonly subscriptions = new Set<KafkaSubscription<unknown>>();
  private readonly waitingToSend = new Map<string, WaitingAppend[]>();
  private readonly sending = new Set<string>();
  private admin?: Promise<Admin>;
  private producer?: Promise<Producer>;
  private internalTopics?: Promise<void>;
  private closed = false;

  constructor(private readonly options: KafkaEventLogOptions) {
    const retry = { ...DEFAULT_RETRY, ...options.retry };
    this.groupTimings = { ...DEFAULT_GROUP_TIMINGS, ...options.groupTimings };
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      connectionTimeout: options.connectionTimeoutMs ?? 1_000,
      requestTimeout: options.requestTimeoutMs ?? 5_000,
      retry: {
        retries: retry.retries,
        initialRetryTime: retry.initialRetryTimeMs,
        maxRetryTime: retry.maxRetryTimeMs,
      },
      logLevel: options.logLevel ?? kafkaLogLevel.ERROR,
      logCreator: options.logCreator,
    });
    this.upcasters = new UpcasterRegistry(options.upcasters);
    this.now = options.now ?? (() => new Date());
    this.checkpointTopic = options.checkpointTopic ?? 'checkpoints';
    this.deadLetterTopic = options.deadLetterTopic ?? TOPICS.deadLetter;
    this.checkpoints = new KafkaCheckpointStore({
      write: async (key, value) => {
        await this.ensureInternalTopics();
        const [position] = await this.send(this.checkpointTopic, [
          { partition: 0, key, value: Buffer.from(value) },
        ]);
        return BigInt(position.offset);
      },
      endOffset: async () => {
        await this.ensureInternalTopics();
        return parseOffset(await this.endOffset(this.checkpointTopic, 0));
      },
      readFrom: (from, end, take) =>
        readRange(
          this.kafka,
          { topic: this.checkpointTopic, partition: 0, partitionCount: 1, from, end },
          (message) => {
            take(message);
            return false;
          },
          this.readerSettings(),
        ),
    });
  }

  /**
   * Idempotent: existing topics are left as they are, as long as they have at least the partitions asked for
   * (fewer would put keys in other partitions than the caller's partitioner expects).
   */
  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    for (const { name, partitions } of topics) {
      if (!name || !Number.isInteger(partitions) || partitions < 1) {
        throw new RangeError(
          `a topic needs a name and a positive whole number of partitions: ${name}/${partitions}`,
        );
      }
    }
    this.requireOpen();
    await this.ensureInternalTopics();
    await this.createMissing(
      topics.map(({ name, partitions }) => ({
        topic: name,
        numPartitions: partitions,
        configEntries: KEEP_FOREVER,
      })),
    );
  }

  /** Bounded by `appendTimeoutMs` as a whole, lookup included: an unreachable broker fails it promptly. */
  async append<T>(topic: string, records: AppendRequest<T>[]): Promise<AppendedPosition[]> {
    this.requireOpen();
    const values = records.map(({ envelope }) => encodeEnvelope(envelope));
    if (records.length === 0) return [];
    return withDeadline(
      (async () => {
        const partitions = await this.partitionCount(topic);
        return this.send(
          topic,
          records.map(({ key }, index) => ({
            partition: partitionForKey(key, partitions),
            key,
            value: values[index],
          })),
        );
      })(),
      this.options.appendTimeoutMs ?? 5_000,
      `Kafka (${this.options.brokers.join(',')}) did not acknowledge an append to ${topic}`,
    );
  }

  async read<T = unknown>(
    topic: string,
    partition: number,
    fromOffset: string,
    limit: number,
  ): Promise<LogRecord<T>[]> {
    this.requireOpen();
    requireReadLimit(limit);
    const from = parseOffset(fromOffset);
    const end = parseOffset(await this.endOffset(topic, partition));
    const records: LogRecord<T>[] = [];
    await readRange(
      this.kafka,
      { topic, partition, partitionCount: await this.partitionCount(topic), from, end },
      (message) => {
        const decoded = decodeEnvelope(message.value ?? Buffer.alloc(0), this.upcasters);
        if (decoded.ok)
          records.push(toLogRecord(topic, partition, message, decoded.envelope as LogRecord<T>['envelope']));
        return records.length >= limit;
      },
      this.readerSettings(),
    );
    return records;
  }

  async partitionCount(topic: string): Promise<number> {
    const known = this.partitionCounts.get(topic);
    if (known !== undefined) return known;
    const admin = await this.connectedAdmin();
    if (!(await admin.listTopics()).includes(topic)) {
      throw new Error(`unknown topic ${topic}: declare it with ensureTopics first`);
    }
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    const count = metadata.topics[0].partitions.length;
    this.partitionCounts.set(topic, count);
    return count;
  }

  async endOffset(topic: string, partition: number): Promise<string> {
    return (await this.partitionOffsets(topic, partition)).high;
  }

  private async partitionOffsets(topic: string, partition: number): Promise<{ low: string; high: string }> {
    const partitions = await this.partitionCount(topic);
    if (!Number.isInteger(partition) || partition < 0 || partition >= partitions) {
      throw new RangeError(`topic ${topic} has partitions 0..${partitions - 1}, not ${partition}`);
    }
    const offsets = await (await this.connectedAdmin()).fetchTopicOffsets(topic);
    const found = offsets.find((entry) => entry.partition === partition);
    if (!found) throw new Error(`Kafka reported no offsets for ${topic}/${partition}`);
    return found;
  }

  async subscribe<T>(options: SubscribeOptions<T>): Promise<Subscription> {
    this.requireOpen();
    const maxBatchSize = options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE;
    if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) {
      throw new RangeError(`maxBatchSize must be a positive integer, got ${maxBatchSize}`);
    }
    await this.partitionCount(options.topic);
    await this.ensureInternalTopics();
    const { sessionTimeoutMs, heartbeatIntervalMs, rebalanceTimeoutMs, maxWaitTimeInMs } = this.groupTimings;
    const consumer = this.kafka.consumer({
      groupId: options.group,
      sessionTimeout: sessionTimeoutMs,
      heartbeatInterval: heartbeatIntervalMs,
      rebalanceTimeout: rebalanceTimeoutMs,
      maxWaitTimeInMs,
      allowAutoTopicCreation: false,
    });
    const subscription: KafkaSubscription<T> = new KafkaSubscription<T>(
      consumer,
      options,
      (partition, messages) => this.decodeBatch<T>(options.topic, partition, messages),
      (partition) => this.partitionOffsets(options.topic, partition).then(({ low }) => low),
      {
        maxBatchSize,
        backOff: this.options.redeliveryBackOff ?? DEFAULT_REDELIVERY_BACK_OFF,
        heartbeatIntervalMs,
      },
      () => this.subscriptions.delete(subscription as KafkaSubscription<unknown>),
    );
    this.subscriptions.add(subscription as KafkaSubscription<unknown>);
    try {
      await subscription.start();
    } catch (error) {
      await subscription.stop().catch(() => undefined);
      throw error;
    }
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Every client is released even when one of them fails to: the first failure is reported afterwards.
    const stopped = await Promise.allSettled(
      [...this.subscriptions].map((subscription) => subscription.stop()),
    );
    const clients = await Promise.allSettled(
      [this.producer, this.admin].filter((client) => client !== undefined),
    );
    const disconnected = await Promise.allSettled(
      clients.map((client) => (client.status === 'fulfilled' ? client.value.disconnect() : undefined)),
    );
    const failure = [...stopped, ...disconnected].find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  /**
   * Decodes one chunk for a subscriber. Undecodable records are parked on the dead-letter topic before the chunk
   * is handed over, so a chunk that is rejected and handed over again parks them only once.
   */
  private async decodeBatch<T>(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
  ): Promise<PartitionBatch<T>> {
    const records: LogRecord<T>[] = [];
    const deadLetters: { key: string; deadLetter: DeadLetter }[] = [];
    for (const message of messages) {
      const value = message.value ?? Buffer.alloc(0);
      const decoded = decodeEnvelope(value, this.upcasters);
      if (decoded.ok) {
        records.push(toLogRecord(topic, partition, message, decoded.envelope as LogRecord<T>['envelope']));
      } else {
        deadLetters.push({
          key: message.key?.toString('utf8') ?? '',
          deadLetter: {
            topic,
            partition,
            offset: message.offset,
            reason: decoded.reason,
            raw: value.toString('utf8'),
          },
        });
      }
    }
    if (deadLetters.length > 0) await this.park(deadLetters);
    const nextOffset = (BigInt(messages[messages.length - 1].offset) + 1n).toString();
    return { topic, partition, records, nextOffset };
  }

  private async park(deadLetters: { key: string; deadLetter: DeadLetter }[]): Promise<void> {
    const recordedAt = this.now().toISOString();
    const partitions = await this.partitionCount(this.deadLetterTopic);
    await this.send(
      this.deadLetterTopic,
      deadLetters.map(({ key, deadLetter }) => ({
        partition: partitionForKey(key, partitions),
        key,
        value: encodeEnvelope(deadLetterEnvelope(deadLetter, recordedAt)),
        headers: {
          [DEAD_LETTER_HEADERS.reason]: deadLetter.reason,
          [DEAD_LETTER_HEADERS.topic]: deadLetter.topic,
          [DEAD_LETTER_HEADERS.partition]: String(deadLetter.partition),
          [DEAD_LETTER_HEADERS.offset]: deadLetter.offset,
        },
      })),
    );
  }

  /**
   * Group commit: the idempotent producer keeps one request in flight, so appends that arrive while one is
   * on the wire wait and then go out together in the next request, each caller getting its own positions.
   * Concurrent ingest requests then cost one broker round trip per batch instead of one each.
   */
  private send(topic: string, records: OutgoingRecord[]): Promise<AppendedPosition[]> {
    return new Promise((resolve, reject) => {
      const queue = this.waitingToSend.get(topic) ?? [];
      queue.push({ records, resolve, reject });
      this.waitingToSend.set(topic, queue);
      if (!this.sending.has(topic)) void this.sendWaiting(topic);
    });
  }

  private async sendWaiting(topic: string): Promise<void> {
    this.sending.add(topic);
    try {
      for (;;) {
        const batch = this.takeBatch(topic);
        if (batch.length === 0) return;
        try {
          const positions = await this.sendNow(
            topic,
            batch.flatMap(({ records }) => records),
          );
          let from = 0;
          for (const { records, resolve } of batch) {
            resolve(positions.slice(from, from + records.length));
            from += records.length;
          }
        } catch (error) {
          for (const { reject } of batch) reject(error);
        }
      }
    } finally {
      this.sending.delete(topic);
    }
  }

  /** The waiting appends that fit one request; an append larger than the limit goes alone. */
  private takeBatch(topic: string): WaitingAppend[] {
    const queue = this.waitingToSend.get(topic) ?? [];
    let bytes = 0;
    let taken = 0;
    while (taken < queue.length) {
      const size = queue[taken].records.reduce((sum, { value }) => sum + value.length, 0);
      if (taken > 0 && bytes + size > GROUP_COMMIT_BYTES) break;
      bytes += size;
      taken++;
    }
    return queue.splice(0, taken);
  }

  /**
   * One produce request, acknowledged by every in-sync replica. Kafka answers with one base offset per partition;
   * a record's offset is that base plus its index among the request's records for the same partition.
   */
  private async sendNow(topic: string, records: OutgoingRecord[]): Promise<AppendedPosition[]> {
    const producer = await this.connectedProducer();
    const acknowledged = await producer.send({ topic, acks: -1, messages: records });
    const baseOffsets = new Map(acknowledged.map((meta) => [meta.partition, meta.baseOffset]));
    const indexInPartition = new Map<number, bigint>();
    return records.map(({ partition }) => {
      const baseOffset = baseOffsets.get(partition);
      if (baseOffset === undefined) throw new Error(`Kafka acknowledged no offset for ${topic}/${partition}`);
      const index = indexInPartition.get(partition) ?? 0n;
      indexInPartition.set(partition, index + 1n);
      return { topic, partition, offset: (parseOffset(baseOffset) + index).toString() };
    });
  }

  private async createMissing(
    topics: { topic: string; numPartitions: number; configEntries: { name: string; value: string }[] }[],
  ): Promise<void> {
    const admin = await this.connectedAdmin();
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter(({ topic }) => !existing.has(topic));
    if (missing.length > 0) {
      // false means another client created them first: the partition check below covers that case too.
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          ...topic,
          replicationFactor: this.options.replicationFactor ?? -1,
        })),
      });
    }
    for (const { topic, numPartitions } of topics) {
      this.partitionCounts.delete(topic);
      const actual = await this.partitionCount(topic);
      if (actual < numPartitions) {
        throw new Error(
          `topic ${topic} exists with ${actual} partitions, fewer than the ${numPartitions} asked for`,
        );
      }
    }
  }

  /** Where undecodable records are parked and where the CheckpointStore keeps its records. */
  private ensureInternalTopics(): Promise<void> {
    this.internalTopics ??= this.createMissing([
      { topic: this.deadLetterTopic, numPartitions: 1, configEntries: KEEP_FOREVER },
      {
        topic: this.checkpointTopic,
        numPartitions: 1,
        // Compaction keeps each key's latest checkpoint forever and drops the ones it superseded.
        configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
      },
    ]).catch((error: unknown) => {
      this.internalTopics = undefined;
      throw error;
    });
    return this.internalTopics;
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= connectOrForget(this.kafka.admin(), () => (this.admin = undefined));
    return this.admin;
  }

  /**
   * Idempotent (the broker drops a retried batch it already has) with one request in flight, so retries never
   * reorder a key's records. Retries are bounded on purpose: an unreachable broker must fail an append promptly.
   */
  private connectedProducer(): Promise<Producer> {
    this.producer ??= connectOrForget(
      this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
      }),
      () => (this.producer = undefined),
    );
    return this.producer;
  }

  /** A closed log would otherwise quietly reconnect its producer or admin for the next call. */
  private requireOpen(): void {
    if (this.closed) throw new Error('the event log is closed');
  }

  private readerSettings(): RangeReaderSettings {
    return {
      groupPrefix: `${this.options.clientId}-read`,
      sessionTimeoutMs: this.groupTimings.sessionTimeoutMs,
      heartbeatIntervalMs: this.groupTimings.heartbeatIntervalMs,
      maxWaitTimeInMs: this.groupTimings.maxWaitTimeInMs,
      timeoutMs: this.options.readTimeoutMs ?? 15_000,
    };
  }
}

/** A client whose connect failed is dropped, so the next call tries a fresh connection instead of the failure. */
async function connectOrForget<C extends { connect(): Promise<void> }>(
  client: C,
  forget: () => void,
): Promise<C> {
  try {
    await client.connect();
    return client;
  } catch (error) {
    forget();
    throw error;
  }
}

async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([
      work.catch((error: unknown) => {
        throw new Error(`${what}: ${(error as Error).message}`, { cause: error });
      }),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function toLogRecord<T>(
  topic: string,
  partition: number,
  message: KafkaMessage,
  envelope: LogRecord<T>['envelope'],
): LogRecord<T> {
  return { topic, partition, offset: message.offset, key: message.key?.toString('utf8') ?? '', envelope };
}
