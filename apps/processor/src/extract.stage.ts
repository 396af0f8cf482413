import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ArticleReceived, type ConflictEvent, type Gazetteer } from '@app/domain';
import {
  eventId,
  TOPICS,
  type Envelope,
  type EventLog,
  type PartitionBatch,
  type Subscription,
} from '@app/event-log';
import { extractEvents, EXTRACTOR_VERSION } from '@app/extraction';
import { CLOCK, EVENT_LOG, GAZETTEER, type Clock } from '@app/infrastructure';
import { DeadLetters } from './dead-letter';

export const EXTRACT_GROUP = 'extract';

/**
 * articles → conflict-events. Re-running it over an article gives the same event ids, so a crash between
 * appending the events and storing the checkpoint yields duplicates the projector recognises and skips.
 */
@Injectable()
export class ExtractStage implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly deadLetters: DeadLetters;
  private subscription?: Subscription;

  constructor(
    @Inject(EVENT_LOG) private readonly eventLog: EventLog,
    @Inject(GAZETTEER) private readonly gazetteer: Gazetteer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.deadLetters = new DeadLetters(eventLog, new Logger('Extract'));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await this.eventLog.subscribe<unknown>({
      topic: TOPICS.articles,
      group: EXTRACT_GROUP,
      resumeFrom: (partition) => this.eventLog.checkpoints.get(EXTRACT_GROUP, TOPICS.articles, partition),
      onBatch: (batch) => this.handle(batch),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  private async handle(batch: PartitionBatch<unknown>): Promise<void> {
    const derived: { key: string; envelope: Envelope<ConflictEvent> }[] = [];
    const recordedAt = this.clock().toISOString();
    for (const record of batch.records) {
      // Extraction is CPU work on the thread that also answers HTTP: let waiting requests in between articles.
      await new Promise((resolve) => setImmediate(resolve));
      const article = ArticleReceived.safeParse(record.envelope.data);
      if (!article.success) {
        await this.deadLetters.park(record, `not an ArticleReceived: ${article.error.message}`, recordedAt);
        continue;
      }
      const { articleId, published, text } = article.data;
      let events: ConflictEvent[];
      try {
        events = extractEvents({ published, body: text }, this.gazetteer);
      } catch (error) {
        await this.deadLetters.park(record, `the extractor failed: ${(error as Error).message}`, recordedAt);
        continue;
      }
      events.forEach((event, position) => {
        derived.push({
          key: event.theatre,
          envelope: conflictEnvelope(articleId, position, event, recordedAt),
        });
      });
    }
    if (derived.length) await this.eventLog.append(TOPICS.conflictEvents, derived);
    await this.eventLog.checkpoints.set(EXTRACT_GROUP, batch.topic, batch.partition, batch.nextOffset);
  }
}

function conflictEnvelope(
  articleId: string,
  position: number,
  event: ConflictEvent,
  recordedAt: string,
): Envelope<ConflictEvent> {
  return {
    id: eventId(articleId, EXTRACTOR_VERSION, position),
    type: event.type,
    schemaVersion: 1,
    theatre: event.theatre,
    occurredOn: event.occurredOn,
    recordedAt,
    data: event,
    source: { articleId, ...(event.evidence ?? {}) },
    extractorVersion: EXTRACTOR_VERSION,
  };
}
