import Database from 'better-sqlite3';
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
import { UpcasterRegistry, type Upcaster } from '../upcasting';
import {
  DEFAULT_MAX_BATCH_SIZE,
  DEFAULT_REDELIVERY_BACK_OFF,
  type RedeliveryBackOff,
} from '../delivery-defaults';
import { PollingSubscription } from './polling-subscription';

export interface SqliteEventLogOptions {
  /** The database file; processes that open the same file share the log. */
  path: string;
  /** How soon a subscription notices records appended by another process sharing the file. */
  pollIntervalMs?: number;
  /** Wait before handing a rejected batch over again: doubles from `initialMs` up to `maxMs`. */
  redeliveryBackOff?: RedeliveryBackOff;
  upcasters?: readonly Upcaster[];
  /** Stamps the dead letters the log writes itself. */
  now?: () => Date;
}

const DEFAULT_POLL_INTERVAL_MS = 250;
/** How long a writer waits for another process's write transaction before append fails. */
const BUSY_TIMEOUT_MS = 5_000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS topics (
    name TEXT PRIMARY KEY,
    partitions INTEGER NOT NULL CHECK (partitions > 0)
  ) STRICT;
  CREATE TABLE IF NOT EXISTS records (
    topic TEXT NOT NULL,
    partition_id INTEGER NOT NULL,
    record_offset INTEGER NOT NULL,
    record_key TEXT NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (topic, partition_id, record_offset)
  ) STRICT, WITHOUT ROWID;
  CREATE TRIGGER IF NOT EXISTS records_are_never_updated BEFORE UPDATE ON records
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
  CREATE TRIGGER IF NOT EXISTS records_are_never_deleted BEFORE DELETE ON records
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
  CREATE TABLE IF NOT EXISTS checkpoints (
    consumer_group TEXT NOT NULL,
    topic TEXT NOT NULL,
    partition_id INTEGER NOT NULL,
    next_offset TEXT NOT NULL,
    PRIMARY KEY (consumer_group, topic, partition_id)
  ) STRICT, WITHOUT ROWID;
`;

interface StoredRecord {
  record_offset: bigint;
  record_key: string;
  value: Buffer;
}

interface EncodedRecord {
  partition: number;
  key: string;
  value: Buffer;
}

/**
 * The embedded event log: one SQLite file in WAL mode, one append-only table keyed by
 * (topic, partition, offset). Subscriptions in this process wake on every append; appends made by other
 * processes are picked up by polling.
 */
export function createSqliteEventLog(options: SqliteEventLogOptions): EventLog {
  return new SqliteEventLog(options);
}

class SqliteEventLog implements EventLog {
  readonly checkpoints: CheckpointStore;
  private readonly db: Database.Database;
  private readonly upcasters: UpcasterRegistry;
  private readonly now: () => Date;
  private readonly subscriptions = new Map<
    string,
    { topic: string; subscription: PollingSubscription<unknown> }
  >();
  private readonly claimedGroups = new Set<string>();
  private closed = false;

  private readonly statements: {
    partitionCount: Database.Statement<[string], { partitions: number }>;
    insertTopic: Database.Statement<[string, number]>;
    lastOffset: Database.Statement<[string, number], { last: bigint | null }>;
    insertRecord: Database.Statement<[string, number, bigint, string, Buffer]>;
    readRecords: Database.Statement<[string, number, bigint, number], StoredRecord>;
    getCheckpoint: Database.Statement<[string, string, number], { next_offset: string }>;
    setCheckpoint: Database.Statement<[string, string, number, string]>;
  };

  constructor(private readonly options: SqliteEventLogOptions) {
    this.db = new Database(options.path, { timeout: BUSY_TIMEOUT_MS });
    this.db.pragma('journal_mode = WAL');
    // FULL fsyncs the WAL at every commit: an append that resolved survives a SIGKILL (NORMAL would too) and
    // also a power cut or kernel panic (NORMAL would not). The cost is one fsync per append call, not per record.
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
    this.statements = {
      partitionCount: this.db.prepare('SELECT partitions FROM topics WHERE name = ?'),
      insertTopic: this.db.prepare(
        'INSERT INTO topics (name, partitions) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
      ),
      lastOffset: this.db
        .prepare('SELECT MAX(record_offset) AS last FROM records WHERE topic = ? AND partition_id = ?')
        .safeIntegers(true) as Database.Statement<[string, number], { last: bigint | null }>,
      insertRecord: this.db.prepare(
        'INSERT INTO records (topic, partition_id, record_offset, record_key, value) VALUES (?, ?, ?, ?, ?)',
      ),
      readRecords: this.db
        .prepare(
          `SELECT record_offset, record_key, value FROM records
           WHERE topic = ? AND partition_id = ? AND record_offset >= ? ORDER BY record_offset LIMIT ?`,
        )
        .safeIntegers(true) as Database.Statement<[string, number, bigint, number], StoredRecord>,
      getCheckpoint: this.db.prepare(
        'SELECT next_offset FROM checkpoints WHERE consumer_group = ? AND topic = ? AND partition_id = ?',
      ),
      setCheckpoint: this.db.prepare(
        `INSERT INTO checkpoints (consumer_group, topic, partition_id, next_offset) VALUES (?, ?, ?, ?)
         ON CONFLICT (consumer_group, topic, partition_id) DO UPDATE SET next_offset = excluded.next_offset`,
      ),
    };
    // Undecodable records are parked here whatever topics the application declared.
    this.statements.insertTopic.run(TOPICS.deadLetter, 1);
    this.upcasters = new UpcasterRegistry(options.upcasters);
    this.now = options.now ?? (() => new Date());
    this.checkpoints = this.createCheckpointStore();
  }

  /** An existing topic keeps its partition count, as in Kafka: changing it would move keys between partitions. */
  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    for (const { name, partitions } of topics) {
      if (!name || !Number.isInteger(partitions) || partitions < 1) {
        throw new RangeError(
          `a topic needs a name and a positive whole number of partitions: ${name}/${partitions}`,
        );
      }
    }
    this.db.transaction(() =>
      topics.forEach(({ name, partitions }) => this.statements.insertTopic.run(name, partitions)),
    )();
  }

  async append<T>(topic: string, records: AppendRequest<T>[]): Promise<AppendedPosition[]> {
    const partitions = this.requirePartitionCount(topic);
    const encoded = records.map(({ key, envelope }) => ({
      partition: partitionForKey(key, partitions),
      key,
      value: encodeEnvelope(envelope),
    }));
    if (encoded.length === 0) return [];
    const positions = this.insertAll(topic, encoded);
    this.notifySubscribers(topic);
    return positions;
  }

  async read<T = unknown>(
    topic: string,
    partition: number,
    fromOffset: string,
    limit: number,
  ): Promise<LogRecord<T>[]> {
    this.requirePartition(topic, partition);
    requireReadLimit(limit);
    const records: LogRecord<T>[] = [];
    let from = parseOffset(fromOffset);
    while (records.length < limit) {
      const stored = this.statements.readRecords.all(topic, partition, from, limit - records.length);
      if (stored.length === 0) break;
      for (const row of stored) {
        const decoded = decodeEnvelope(row.value, this.upcasters);
        if (decoded.ok)
          records.push(toLogRecord(topic, partition, row, decoded.envelope as LogRecord<T>['envelope']));
      }
      from = stored[stored.length - 1].record_offset + 1n;
    }
    return records;
  }

  async partitionCount(topic: string): Promise<number> {
    return this.requirePartitionCount(topic);
  }

  async endOffset(topic: string, partition: number): Promise<string> {
    this.requirePartition(topic, partition);
    return this.nextOffsetOf(topic, partition).toString();
  }

  async subscribe<T>(options: SubscribeOptions<T>): Promise<Subscription> {
    const { topic, group } = options;
    const partitions = this.requirePartitionCount(topic);
    const maxBatchSize = options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE;
    if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) {
      throw new RangeError(`maxBatchSize must be a positive integer, got ${maxBatchSize}`);
    }
    const groupKey = JSON.stringify([topic, group]);
    if (this.claimedGroups.has(groupKey)) {
      throw new Error(
        `group ${group} already consumes ${topic} in this process; the embedded log runs one subscriber per group`,
      );
    }
    // Claimed before the awaits below, so two concurrent subscribes of one group cannot both succeed.
    this.claimedGroups.add(groupKey);
    const release = () => {
      this.claimedGroups.delete(groupKey);
      this.subscriptions.delete(groupKey);
    };
    const positions: string[] = [];
    try {
      for (let partition = 0; partition < partitions; partition++) {
        const resumed = (await options.resumeFrom(partition)) ?? '0';
        parseOffset(resumed);
        positions.push(resumed);
      }
      if (this.closed) throw new Error('the event log is closed');
    } catch (error) {
      release();
      throw error;
    }
    const subscription = new PollingSubscription<T>(
      (partition, fromOffset, limit) => this.nextBatch<T>(topic, partition, fromOffset, limit),
      positions,
      options,
      {
        maxBatchSize,
        pollIntervalMs: this.options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
        backOff: this.options.redeliveryBackOff ?? DEFAULT_REDELIVERY_BACK_OFF,
      },
      release,
    );
    this.subscriptions.set(groupKey, { topic, subscription: subscription as PollingSubscription<unknown> });
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions.values()].map(({ subscription }) => subscription.stop()));
    this.db.close();
  }

  /**
   * The next records of a partition, decoded. Undecodable ones are parked on the dead-letter topic when the batch
   * is read, so a batch that is rejected and re-delivered parks them only once.
   */
  private nextBatch<T>(
    topic: string,
    partition: number,
    fromOffset: string,
    limit: number,
  ): PartitionBatch<T> | undefined {
    const stored = this.statements.readRecords.all(topic, partition, parseOffset(fromOffset), limit);
    if (stored.length === 0) return undefined;
    const records: LogRecord<T>[] = [];
    const deadLetters: DeadLetter[] = [];
    for (const row of stored) {
      const decoded = decodeEnvelope(row.value, this.upcasters);
      if (decoded.ok) {
        records.push(toLogRecord(topic, partition, row, decoded.envelope as LogRecord<T>['envelope']));
      } else {
        const offset = row.record_offset.toString();
        deadLetters.push({
          topic,
          partition,
          offset,
          reason: decoded.reason,
          raw: row.value.toString('utf8'),
        });
      }
    }
    if (deadLetters.length > 0) this.park(deadLetters, stored);
    const nextOffset = (stored[stored.length - 1].record_offset + 1n).toString();
    return { topic, partition, records, nextOffset };
  }

  private park(deadLetters: DeadLetter[], stored: StoredRecord[]): void {
    const recordedAt = this.now().toISOString();
    const partitions = this.requirePartitionCount(TOPICS.deadLetter);
    const keyByOffset = new Map(stored.map((row) => [row.record_offset.toString(), row.record_key]));
    this.insertAll(
      TOPICS.deadLetter,
      deadLetters.map((deadLetter) => {
        const key = keyByOffset.get(deadLetter.offset) ?? '';
        return {
          partition: partitionForKey(key, partitions),
          key,
          value: encodeEnvelope(deadLetterEnvelope(deadLetter, recordedAt)),
        };
      }),
    );
    this.notifySubscribers(TOPICS.deadLetter);
  }

  /** One immediate transaction: offsets are allocated under SQLite's write lock, so processes never collide. */
  private insertAll(topic: string, records: EncodedRecord[]): AppendedPosition[] {
    return this.db
      .transaction(() => {
        const nextOffsets = new Map<number, bigint>();
        return records.map(({ partition, key, value }) => {
          const offset = nextOffsets.get(partition) ?? this.nextOffsetOf(topic, partition);
          this.statements.insertRecord.run(topic, partition, offset, key, value);
          nextOffsets.set(partition, offset + 1n);
          return { topic, partition, offset: offset.toString() };
        });
      })
      .immediate();
  }

  private nextOffsetOf(topic: string, partition: number): bigint {
    const { last } = this.statements.lastOffset.get(topic, partition) ?? { last: null };
    return last === null ? 0n : last + 1n;
  }

  private notifySubscribers(topic: string): void {
    for (const subscriber of this.subscriptions.values()) {
      if (subscriber.topic === topic) subscriber.subscription.notifyAppended();
    }
  }

  private requirePartitionCount(topic: string): number {
    const row = this.statements.partitionCount.get(topic);
    if (!row) throw new Error(`unknown topic ${topic}: declare it with ensureTopics first`);
    return row.partitions;
  }

  private requirePartition(topic: string, partition: number): void {
    const partitions = this.requirePartitionCount(topic);
    if (!Number.isInteger(partition) || partition < 0 || partition >= partitions) {
      throw new RangeError(`topic ${topic} has partitions 0..${partitions - 1}, not ${partition}`);
    }
  }

  private createCheckpointStore(): CheckpointStore {
    return {
      get: async (group, topic, partition) =>
        this.statements.getCheckpoint.get(group, topic, partition)?.next_offset,
      set: async (group, topic, partition, nextOffset) => {
        parseOffset(nextOffset);
        this.statements.setCheckpoint.run(group, topic, partition, nextOffset);
      },
    };
  }
}

function toLogRecord<T>(
  topic: string,
  partition: number,
  row: StoredRecord,
  envelope: LogRecord<T>['envelope'],
): LogRecord<T> {
  return { topic, partition, offset: row.record_offset.toString(), key: row.record_key, envelope };
}
