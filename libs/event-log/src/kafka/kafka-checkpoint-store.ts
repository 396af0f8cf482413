import type { KafkaMessage } from 'kafkajs';
import type { CheckpointStore } from '../event-log.port';
import { parseOffset } from '../offsets';

/** What the checkpoint store needs from the log: one partition of a compacted topic, written and read raw. */
export interface CheckpointTopicAccess {
  /** Appends key → value and resolves with the record's offset once the broker acknowledged it. */
  write(key: string, value: string): Promise<bigint>;
  endOffset(): Promise<bigint>;
  readFrom(from: bigint, end: bigint, take: (message: KafkaMessage) => void): Promise<void>;
}

/**
 * Checkpoints as records of a compacted topic keyed by (group, topic, partition), folded into a map. Kafka's
 * own committed offsets cannot hold them: they are signed 64-bit (a checkpoint is any decimal string) and the
 * broker refuses a commit for a topic it does not know. Before answering `get`, the map catches up with the
 * topic's end, so a partition's new owner sees the checkpoint its previous owner (in any process) stored.
 */
export class KafkaCheckpointStore implements CheckpointStore {
  /** Each key's latest value and the offset it was written at, so replaying an older record never wins. */
  private readonly checkpoints = new Map<string, { nextOffset: string | undefined; writtenAt: bigint }>();
  /** Every record below this offset is folded into the map. */
  private foldedUpTo = 0n;
  /** Offsets of this process's own writes not yet contiguous with `foldedUpTo`. */
  private readonly ownWrites = new Set<bigint>();
  private catchingUp?: Promise<void>;

  constructor(private readonly topic: CheckpointTopicAccess) {}

  async get(group: string, topic: string, partition: number): Promise<string | undefined> {
    await this.catchUp();
    return this.checkpoints.get(checkpointKey(group, topic, partition))?.nextOffset;
  }

  async set(group: string, topic: string, partition: number, nextOffset: string): Promise<void> {
    parseOffset(nextOffset);
    const key = checkpointKey(group, topic, partition);
    const offset = await this.topic.write(key, nextOffset);
    this.fold(key, nextOffset, offset);
    this.ownWrites.add(offset);
    this.foldOwnWrites();
  }

  /** Concurrent callers share one catch-up read. */
  private catchUp(): Promise<void> {
    this.catchingUp ??= this.readNewRecords().finally(() => (this.catchingUp = undefined));
    return this.catchingUp;
  }

  private async readNewRecords(): Promise<void> {
    const end = await this.topic.endOffset();
    if (this.foldedUpTo >= end) return;
    await this.topic.readFrom(this.foldedUpTo, end, (message) => {
      const key = message.key?.toString('utf8');
      // A null value is a tombstone: compaction's way of forgetting a key.
      if (key !== undefined) this.fold(key, message.value?.toString('utf8'), BigInt(message.offset));
    });
    if (end > this.foldedUpTo) this.foldedUpTo = end;
    for (const offset of this.ownWrites) if (offset < end) this.ownWrites.delete(offset);
    this.foldOwnWrites();
  }

  private fold(key: string, nextOffset: string | undefined, writtenAt: bigint): void {
    const known = this.checkpoints.get(key);
    if (!known || known.writtenAt < writtenAt) this.checkpoints.set(key, { nextOffset, writtenAt });
  }

  private foldOwnWrites(): void {
    while (this.ownWrites.delete(this.foldedUpTo)) this.foldedUpTo++;
  }
}

function checkpointKey(group: string, topic: string, partition: number): string {
  return JSON.stringify([group, topic, partition]);
}
