import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Redis } from 'ioredis';

/**
 * Remembers which article contents ingest has already put on the log, so a re-post answers 200 with the
 * existing id. It is written only after the log acknowledged the article: a crash in between re-appends a
 * duplicate, which downstream recognises by its deterministic ids, and never forgets an accepted article.
 */
export interface ArticleIndex {
  has(articleId: string): Promise<boolean>;
  remember(articleIds: string[]): Promise<void>;
  close(): Promise<void>;
}

export class SqliteArticleIndex implements ArticleIndex {
  private readonly db: Database.Database;
  private readonly lookup: Database.Statement<[string]>;
  private readonly insert: Database.Statement<[string]>;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // Losing the last entries to a power cut only makes a re-post look new; no fsync per article for that.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec('CREATE TABLE IF NOT EXISTS seen_articles (article_id TEXT PRIMARY KEY) WITHOUT ROWID');
    this.lookup = this.db.prepare('SELECT 1 FROM seen_articles WHERE article_id = ?');
    this.insert = this.db.prepare('INSERT OR IGNORE INTO seen_articles (article_id) VALUES (?)');
  }

  async has(articleId: string): Promise<boolean> {
    return this.lookup.get(articleId) !== undefined;
  }

  async remember(articleIds: string[]): Promise<void> {
    this.db.transaction((ids: string[]) => ids.forEach((id) => this.insert.run(id)))(articleIds);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** Shared by every ingest instance of a distributed deployment. */
export class RedisArticleIndex implements ArticleIndex {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    namespace = 'ceasefire-watch',
  ) {
    this.key = `${namespace}:seen-articles`;
  }

  async has(articleId: string): Promise<boolean> {
    return (await this.redis.sismember(this.key, articleId)) === 1;
  }

  async remember(articleIds: string[]): Promise<void> {
    if (articleIds.length) await this.redis.sadd(this.key, ...articleIds);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
