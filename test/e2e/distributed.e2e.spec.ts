import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { defaultGazetteer } from '@app/domain';
import { extractEvents, parseJsonArticle, parsePlainTextArticle } from '@app/extraction';
import { articleId } from '@app/event-log';
import { generatedArticles, type GeneratedArticle } from '../support/generated-articles';
import { startService, type ServiceProcess } from '../support/service-process';
import { waitFor } from '../support/wait-for';

const SEED = join(__dirname, '../../../shared/seed/000_054412757bb82ee4.txt');
const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = 'redis://127.0.0.1:6379';

const seed = parsePlainTextArticle(readFileSync(SEED, 'utf8'));
const articles: GeneratedArticle[] = [
  { published: seed.published, text: seed.body },
  ...generatedArticles(300),
];

/** How many events the pipeline must end with: the extractor is pure, so the test can ask it directly. */
const expectedEvents = (() => {
  const gazetteer = defaultGazetteer();
  const distinct = new Map(
    articles.map((article) => [articleId(article.published, parseJsonArticle(article).body), article]),
  );
  return [...distinct.values()].reduce(
    (sum, article) => sum + extractEvents(parseJsonArticle(article), gazetteer).length,
    0,
  );
})();

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function postAll(ingestUrl: string, from = 0, to = articles.length) {
  for (; from < to; from += 100) {
    const response = await fetch(`${ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(articles.slice(from, Math.min(from + 100, to))),
    });
    if (response.status !== 202)
      throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
  }
}

async function countEvents(queryUrl: string): Promise<number> {
  let count = 0;
  let after = '';
  for (;;) {
    const page = await getJson<{ events: unknown[]; next?: string; hasMore?: boolean }>(
      `${queryUrl}/v1/events?limit=1000${after}`,
    );
    count += page.events.length;
    if (!page.hasMore || !page.next) return count;
    after = `&after=${page.next}`;
  }
}

/** Everything a dashboard reads, gathered so two deployments can be compared as one value. */
async function projections(queryUrl: string) {
  const { theatres } = await getJson<{ theatres: { id: string }[] }>(`${queryUrl}/v1/theatres`);
  const views: Record<string, unknown> = { theatres };
  for (const { id } of theatres) {
    views[`${id}/ceasefire`] = await getJson(`${queryUrl}/v1/theatres/${id}/ceasefire`);
    views[`${id}/strikes`] = await getJson(`${queryUrl}/v1/strikes?theatre=${id}&groupBy=day`);
    views[`${id}/incidents`] = await getJson(`${queryUrl}/v1/incidents?theatre=${id}&limit=1000`);
  }
  return views;
}

describe('distributed: ingest, processor and query as separate processes on Kafka, PostgreSQL and Redis', () => {
  const started: ServiceProcess[] = [];
  const namespaces: string[] = [];
  let reference: Record<string, unknown>;

  const distributedEnvironment = () => {
    const namespace = `e2e-${randomUUID().slice(0, 8)}`;
    namespaces.push(namespace);
    return {
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      DATABASE_URL,
      DATABASE_SCHEMA: namespace.replace('-', '_'),
      REDIS_URL,
      NAMESPACE: namespace,
      ARTICLES_PARTITIONS: '4',
      CONFLICT_EVENTS_PARTITIONS: '4',
    };
  };
  const start = async (env: Record<string, string>) => {
    const service = await startService(env, 60_000);
    started.push(service);
    return service;
  };

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cw-reference-'));
    try {
      const embedded = await start({ DATA_DIR: dataDir });
      await postAll(embedded.url);
      await waitFor(
        () => countEvents(embedded.url),
        (count) => count === expectedEvents,
        { timeoutMs: 60_000 },
      );
      reference = await projections(embedded.url);
      await embedded.kill('SIGTERM');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(started.map((service) => service.kill('SIGKILL')));
    const redis = new Redis(REDIS_URL);
    await Promise.all(namespaces.map((namespace) => redis.del(`${namespace}:seen-articles`)));
    await redis.quit();
    const database = new Client({ connectionString: DATABASE_URL });
    await database.connect();
    const kafka = new Kafka({
      brokers: [process.env.KAFKA_BROKERS ?? '127.0.0.1:9092'],
      logLevel: logLevel.NOTHING,
    });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const topics = await admin.listTopics();
      for (const namespace of namespaces) {
        await database.query(`DROP SCHEMA IF EXISTS "${namespace.replace('-', '_')}" CASCADE`);
        const owned = topics.filter((topic) => topic.startsWith(`${namespace}.`));
        if (owned.length) await admin.deleteTopics({ topics: owned });
      }
    } finally {
      await admin.disconnect();
      await database.end();
    }
  });

  it('reads the same projections the embedded mode gives for the same input', async () => {
    expect(expectedEvents).toBeGreaterThan(articles.length);
    const env = distributedEnvironment();
    const query = await start({ ...env, ROLES: 'query' });
    await start({ ...env, ROLES: 'processor' });
    const ingest = await start({ ...env, ROLES: 'ingest' });
    await postAll(ingest.url);
    await waitFor(
      () => countEvents(query.url),
      (count) => count === expectedEvents,
      { timeoutMs: 90_000 },
    );
    expect(await projections(query.url)).toEqual(reference);
  }, 180_000);

  it('survives a processor killed mid-stream: its partner takes its partitions, nothing lost or counted twice', async () => {
    const env = distributedEnvironment();
    const query = await start({ ...env, ROLES: 'query' });
    const doomed = await start({ ...env, ROLES: 'processor' });
    await start({ ...env, ROLES: 'processor' });
    const ingest = await start({ ...env, ROLES: 'ingest' });
    // Half the articles before the kill and half after: the partner must take over the dead member's
    // partitions to finish, whatever the timing.
    await postAll(ingest.url, 0, 100);
    await waitFor(
      () => countEvents(query.url),
      (count) => count > 0,
      { timeoutMs: 60_000 },
    );
    await doomed.kill('SIGKILL');
    await postAll(ingest.url, 100);
    await waitFor(
      () => countEvents(query.url),
      (count) => count >= expectedEvents,
      { timeoutMs: 120_000 },
    );
    expect(await countEvents(query.url)).toBe(expectedEvents);
    expect(await projections(query.url)).toEqual(reference);
  }, 240_000);
});
