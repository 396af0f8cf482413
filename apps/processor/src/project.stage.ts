import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConflictEvent } from '@app/domain';
import { TOPICS, type Envelope, type EventLog, type PartitionBatch, type Subscription } from '@app/event-log';
import { CLOCK, EVENT_LOG, READ_STORE, type Clock } from '@app/infrastructure';
import type { ReadStore } from '@app/projections';
import { DeadLetters } from './dead-letter';

export const PROJECT_CONSUMER = 'project';

/**
 * conflict-events → read store. The checkpoint lives in the read store and is written in the same
 * transaction as the rows, so the log's own committed offsets never decide what was applied.
 */
@Injectable()
export class ProjectStage implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly deadLetters: DeadLetters;
  private subscription?: Subscription;

  constructor(
    @Inject(EVENT_LOG) private readonly eventLog: EventLog,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.deadLetters = new DeadLetters(eventLog, new Logger('Project'));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await this.eventLog.subscribe<unknown>({
      topic: TOPICS.conflictEvents,
      group: PROJECT_CONSUMER,
      resumeFrom: (partition) =>
        this.readStore.checkpoint(PROJECT_CONSUMER, TOPICS.conflictEvents, partition),
      onBatch: (batch) => this.handle(batch),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  private async handle(batch: PartitionBatch<unknown>): Promise<void> {
    const events: Envelope<ConflictEvent>[] = [];
    for (const record of batch.records) {
      const parsed = ConflictEvent.safeParse(record.envelope.data);
      if (parsed.success) {
        events.push({ ...record.envelope, data: parsed.data });
        continue;
      }
      await this.deadLetters.park(
        record,
        `not a contract event: ${parsed.error.message}`,
        this.clock().toISOString(),
      );
    }
    await this.readStore.apply({
      consumer: PROJECT_CONSUMER,
      topic: batch.topic,
      partition: batch.partition,
      nextOffset: batch.nextOffset,
      events,
    });
  }
}
