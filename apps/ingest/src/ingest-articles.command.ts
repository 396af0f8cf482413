import { Inject, Logger, ServiceUnavailableException } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ArticleReceived } from '@app/domain';
import { articleId, TOPICS, type Envelope, type EventLog } from '@app/event-log';
import type { Article } from '@app/extraction';
import { CLOCK, EVENT_LOG, type Clock } from '@app/infrastructure';
import type { ArticleIndex } from './article-index';

export const ARTICLE_INDEX = 'ARTICLE_INDEX';

export interface IngestOutcome {
  id: string;
  /** accepted: appended to the log now; duplicate: the same content was accepted before. */
  status: 'accepted' | 'duplicate';
}

export class IngestArticles extends Command<IngestOutcome[]> {
  constructor(readonly articles: Article[]) {
    super();
  }
}

@CommandHandler(IngestArticles)
export class IngestArticlesHandler implements ICommandHandler<IngestArticles> {
  private readonly logger = new Logger('Ingest');

  constructor(
    @Inject(EVENT_LOG) private readonly eventLog: EventLog,
    @Inject(ARTICLE_INDEX) private readonly index: ArticleIndex,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * An index that cannot answer must not refuse articles: treating one as new costs a re-append, which
   * downstream recognises by its deterministic event ids.
   */
  private async seenBefore(id: string): Promise<boolean> {
    try {
      return await this.index.has(id);
    } catch (error) {
      this.logger.warn(`article index unavailable, treating ${id} as new: ${(error as Error).message}`);
      return false;
    }
  }

  async execute({ articles }: IngestArticles): Promise<IngestOutcome[]> {
    const identified = articles.map((article) => ({
      article,
      id: articleId(article.published, article.body),
    }));
    const fresh = new Map<string, Article>();
    for (const { article, id } of identified) {
      if (!fresh.has(id) && !(await this.seenBefore(id))) fresh.set(id, article);
    }
    if (fresh.size > 0) {
      const recordedAt = this.clock().toISOString();
      const records = [...fresh].map(([id, article]) => ({
        key: id,
        envelope: articleEnvelope(id, article, recordedAt),
      }));
      try {
        await this.eventLog.append(TOPICS.articles, records);
      } catch (error) {
        this.logger.error(`append to ${TOPICS.articles} failed: ${(error as Error).message}`);
        throw new ServiceUnavailableException(
          `the event log did not acknowledge the article in time, so it is not accepted; retrying is safe (${(error as Error).message})`,
        );
      }
      // The log holds the articles now; an index that missed them only costs a harmless re-append later.
      await this.index
        .remember([...fresh.keys()])
        .catch((error: Error) => this.logger.warn(`article index: ${error.message}`));
    }
    const answered = new Set<string>();
    return identified.map(({ id }) => {
      const accepted = fresh.has(id) && !answered.has(id);
      answered.add(id);
      return { id, status: accepted ? 'accepted' : 'duplicate' };
    });
  }
}

function articleEnvelope(id: string, article: Article, recordedAt: string): Envelope<ArticleReceived> {
  return {
    id,
    type: 'ArticleReceived',
    schemaVersion: 1,
    recordedAt,
    data: {
      type: 'ArticleReceived',
      articleId: id,
      published: article.published,
      text: article.body,
      ...(article.title !== undefined ? { title: article.title } : {}),
      ...(article.url !== undefined ? { url: article.url } : {}),
    },
    source: { articleId: id },
  };
}
