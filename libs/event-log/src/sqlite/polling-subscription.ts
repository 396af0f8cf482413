import { setTimeout as delay } from 'node:timers/promises';
import type { RedeliveryBackOff } from '../delivery-defaults';
import type { PartitionBatch, SubscribeOptions, Subscription } from '../event-log.port';

export interface PollingSettings {
  maxBatchSize: number;
  pollIntervalMs: number;
  backOff: RedeliveryBackOff;
}

/** Reads the next batch of a partition from an offset, or undefined when the partition has nothing there yet. */
export type BatchReader<T> = (
  partition: number,
  fromOffset: string,
  limit: number,
) => PartitionBatch<T> | undefined;

/**
 * Lets a waiting subscription wake as soon as its own process appends, instead of at the next poll. A
 * notification that arrives while a round is running is remembered, so no append is slept through.
 */
class AppendSignal {
  private pending = false;
  private wakeWaiter?: () => void;

  notify(): void {
    this.pending = true;
    this.wakeWaiter?.();
  }

  async waitUpTo(ms: number, abort: AbortSignal): Promise<void> {
    if (!this.pending && !abort.aborted) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          abort.removeEventListener('abort', wake);
          this.wakeWaiter = undefined;
          resolve();
        };
        const timer = setTimeout(wake, ms);
        abort.addEventListener('abort', wake);
        this.wakeWaiter = wake;
      });
    }
    this.pending = false;
  }
}

/**
 * One consumer's loop over every partition of a topic: batches are handed over one at a time, partitions take
 * turns, and a rejected batch is handed over again after a back-off until it is accepted or the subscription
 * stops. Only an accepted batch moves the position, so nothing is ever skipped.
 */
export class PollingSubscription<T> implements Subscription {
  private readonly appendSignal = new AppendSignal();
  private readonly stopping = new AbortController();
  private readonly loop: Promise<void>;

  constructor(
    private readonly readBatch: BatchReader<T>,
    private readonly positions: string[],
    private readonly options: Pick<SubscribeOptions<T>, 'onBatch' | 'onRetry'>,
    private readonly settings: PollingSettings,
    onFinished: () => void,
  ) {
    this.loop = this.run().finally(onFinished);
  }

  notifyAppended(): void {
    this.appendSignal.notify();
  }

  /** Resolves once the batch being handled (if any) has finished; a batch waiting for redelivery is dropped. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  private get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const delivered = await this.deliverOneRound();
      if (!delivered) await this.appendSignal.waitUpTo(this.settings.pollIntervalMs, this.stopping.signal);
    }
  }

  private async deliverOneRound(): Promise<boolean> {
    let deliveredAny = false;
    for (let partition = 0; partition < this.positions.length && !this.stopped; partition++) {
      const batch = await this.fetch(partition);
      if (!batch) continue;
      if (!(await this.deliver(batch))) return deliveredAny;
      this.positions[partition] = batch.nextOffset;
      deliveredAny = true;
    }
    return deliveredAny;
  }

  private async fetch(partition: number): Promise<PartitionBatch<T> | undefined> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        return this.readBatch(partition, this.positions[partition], this.settings.maxBatchSize);
      } catch {
        // A busy or briefly unreadable database file: the same read is tried again, like a rejected batch.
        if (!(await this.backOff(attempt))) return undefined;
      }
    }
    return undefined;
  }

  /** True once the batch was accepted; false when the subscription stopped before it was. */
  private async deliver(batch: PartitionBatch<T>): Promise<boolean> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.options.onBatch(batch);
        return true;
      } catch (error) {
        this.reportRetry(error, batch, attempt);
        if (!(await this.backOff(attempt))) return false;
      }
    }
    return false;
  }

  private reportRetry(error: unknown, batch: PartitionBatch<T>, attempt: number): void {
    try {
      this.options.onRetry?.(error, batch, attempt);
    } catch {
      // A failing report must not end the subscription: the batch would then never be retried.
    }
  }

  private async backOff(attempt: number): Promise<boolean> {
    const { initialMs, maxMs } = this.settings.backOff;
    try {
      await delay(Math.min(maxMs, initialMs * 2 ** (attempt - 1)), undefined, {
        signal: this.stopping.signal,
      });
      return true;
    } catch {
      return false;
    }
  }
}
