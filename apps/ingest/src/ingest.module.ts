import { join } from 'node:path';
import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Config } from '@app/config';
import { CONFIG } from '@app/infrastructure';
import { RedisArticleIndex, SqliteArticleIndex, type ArticleIndex } from './article-index';
import { ArticlesController } from './articles.controller';
import { ARTICLE_INDEX, IngestArticlesHandler } from './ingest-articles.command';

@Injectable()
class ArticleIndexShutdown implements OnApplicationShutdown {
  constructor(@Inject(ARTICLE_INDEX) private readonly index: ArticleIndex) {}

  onApplicationShutdown(): Promise<void> {
    return this.index.close();
  }
}

/** The ingest app: validates articles at the HTTP edge and puts them on the `articles` topic. */
@Module({
  controllers: [ArticlesController],
  providers: [
    IngestArticlesHandler,
    {
      provide: ARTICLE_INDEX,
      inject: [CONFIG],
      useFactory: (config: Config): ArticleIndex =>
        config.redisUrl
          ? new RedisArticleIndex(new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }), config.namespace)
          : new SqliteArticleIndex(join(config.dataDir, 'ingest.sqlite')),
    },
    ArticleIndexShutdown,
  ],
})
export class IngestModule {}
