import { setTimeout as delay } from 'node:timers/promises';
import type { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { PartitionBatch, SubscribeOptions, Subscription } from '../event-log.port';
import { parseOffset } from '../offsets';
import type { RedeliveryBackOff } from '../delivery-defaults';
import { fetchedOffsetOf } from './range-reader';

export interface SubscriptionSettings {
  maxBatchSize: number;
  backOff: RedeliveryBackOff;
  /**
   * A back-off is slept in slices this long with a heartbeat between: the member stays in its group, and a
   * rebalance is noticed within one slice instead of holding up the group's join for the rebalance timeout.
   */
  heartbeatIntervalMs: number;
}

/** Turns a slice of Kafka messages into the port's batch, parking the undecodable ones on the way. */
export type BatchDecoder<T> = (partition: number, messages: KafkaMessage[]) => Promise<PartitionBatch<T>>;

/** The first offset a partition still holds: where a consumer without a checkpoint begins. */
export type EarliestOffset = (partition: number) => Promise<string>;

/**
 * One group member. Where it reads from is decided by `resumeFrom` each time a partition is assigned, never by
 * Kafka's committed offsets: the consumer's own checkpoint (stored with its output) is the truth. Kafka's batches
 * are cut into chunks of at most `maxBatchSize`; a rejected chunk is handed over again until it is accepted, the
 * subscription stops, or the partition is taken away (its new owner resumes from the stored checkpoint).
 */
export class KafkaSubscription<T> implements Subscription {
  /** Next offset to hand over, per partition owned in the current generation; unset until resumeFrom answered. */
  private readonly positions = new Map<number, bigint>();
  private generation = 0;
  private readonly stopping = new AbortController();
  private stopped?: Promise<void>;

  constructor(
    private readonly consumer: Consumer,
    private readonly options: SubscribeOptions<T>,
    private readonly decode: BatchDecoder<T>,
    private readonly earliestOffset: EarliestOffset,
    private readonly settings: SubscriptionSettings,
    private readonly onStopped: () => void,
  ) {
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.generation++;
      this.positions.clear();
    });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.options.topic], fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.handle(payload),
    });
  }

  /** Resolves once the chunk being handled (if any) has finished and the member has left its group. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.stopping.abort();
      try {
        await this.consumer.disconnect();
      } finally {
        this.onStopped();
      }
    })();
    return this.stopped;
  }

  private async handle({
    batch,
    resolveOffset,
    heartbeat,
    isRunning,
    isStale,
  }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const generation = this.generation;
    let position = this.positions.get(partition);
    if (position === undefined) {
      position = parseOffset(
        (await this.options.resumeFrom(partition)) ?? (await this.earliestOffset(partition)),
      );
      if (generation !== this.generation) return;
      this.positions.set(partition, position);
    }
    // A batch fetched from anywhere but the resume point (Kafka's default start, or a fetch that raced a seek)
    // is dropped unread; the next fetch starts where the consumer's checkpoint says.
    if (fetchedOffsetOf(batch) !== position) {
      this.consumer.seek({ topic, partition, offset: position.toString() });
      return;
    }
    const canContinue = () => !this.stopping.signal.aborted && isRunning() && !isStale();
    for (let start = 0; start < batch.messages.length && canContinue(); start += this.settings.maxBatchSize) {
      const messages = batch.messages.slice(start, start + this.settings.maxBatchSize);
      const chunk = await this.decode(partition, messages);
      if (!(await this.deliver(chunk, heartbeat, canContinue))) return;
      if (generation !== this.generation) return;
      const last = messages[messages.length - 1].offset;
      resolveOffset(last);
      this.positions.set(partition, BigInt(last) + 1n);
      await heartbeat();
    }
  }

  /** True once the chunk was accepted; false when the subscription stopped or lost the partition first. */
  private async deliver(
    chunk: PartitionBatch<T>,
    heartbeat: () => Promise<void>,
    canContinue: () => boolean,
  ): Promise<boolean> {
    for (let attempt = 1; canContinue(); attempt++) {
      try {
        await this.options.onBatch(chunk);
        return true;
      } catch (error) {
        this.reportRetry(error, chunk, attempt);
      }
      const { initialMs, maxMs } = this.settings.backOff;
      // A heartbeat that reports a rebalance throws: kafkajs then re-joins, and this chunk goes to the new owner.
      if (!(await this.sleepHeartbeating(Math.min(maxMs, initialMs * 2 ** (attempt - 1)), heartbeat))) {
        return false;
      }
    }
    return false;
  }

  private async sleepHeartbeating(ms: number, heartbeat: () => Promise<void>): Promise<boolean> {
    for (let remaining = ms; remaining > 0; remaining -= this.settings.heartbeatIntervalMs) {
      try {
        await delay(Math.min(remaining, this.settings.heartbeatIntervalMs), undefined, {
          signal: this.stopping.signal,
        });
      } catch {
        return false;
      }
      await heartbeat();
    }
    return true;
  }

  private reportRetry(error: unknown, chunk: PartitionBatch<T>, attempt: number): void {
    try {
      this.options.onRetry?.(error, chunk, attempt);
    } catch {
      // A failing report must not end the subscription: the chunk would then never be retried.
    }
  }
}
