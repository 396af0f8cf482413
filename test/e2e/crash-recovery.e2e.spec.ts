import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startService, type ServiceProcess } from '../support/service-process';
import { waitFor } from '../support/wait-for';

/** Articles written for this test: one Russian drone attack a day, with a figure that differs each day. */
function oneAttackADay(count: number) {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, index) => {
    const published = new Date(start + index * 86_400_000).toISOString().slice(0, 10);
    const launched = 10 + (index % 90);
    return {
      published,
      launched,
      text: `Russia launched ${launched} drones at Ukraine overnight, the Ukrainian air force said. Power was cut in several districts.`,
    };
  });
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

interface Totals {
  incidents: number;
  launched: number;
}

async function post(url: string, articles: unknown[]) {
  const response = await fetch(`${url}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(articles),
  });
  if (response.status !== 202) throw new Error(`batch answered ${response.status}: ${await response.text()}`);
}

describe('a process killed between ingest and projection', () => {
  const articles = oneAttackADay(600);
  const expectedLaunched = articles.reduce((sum, { launched }) => sum + launched, 0);
  let dataDir: string;
  let running: ServiceProcess | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cw-crash-'));
  });

  afterAll(async () => {
    await running?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const totals = async (url: string) => {
    const strikes = await getJson<{ buckets: Totals[] }>(
      `${url}/v1/strikes?theatre=russia-ukraine&groupBy=month`,
    );
    return strikes.buckets.reduce<Totals>(
      (sum, bucket) => ({
        incidents: sum.incidents + bucket.incidents,
        launched: sum.launched + (bucket.launched ?? 0),
      }),
      { incidents: 0, launched: 0 },
    );
  };

  it('loses nothing that was answered 202 and counts nothing twice', async () => {
    // 1. Only ingest and query run: every article is acknowledged, none is projected, then SIGKILL.
    running = await startService({ DATA_DIR: dataDir, ROLES: 'ingest,query' });
    for (let from = 0; from < articles.length; from += 200) {
      await post(
        running.url,
        articles.slice(from, from + 200).map(({ published, text }) => ({ published, text })),
      );
    }
    expect(await totals(running.url)).toEqual({ incidents: 0, launched: 0 });
    await running.kill('SIGKILL');

    // 2. The whole pipeline starts on the same data and is killed again while it projects.
    running = await startService({ DATA_DIR: dataDir });
    const url = running.url;
    await waitFor(
      () => totals(url),
      (seen) => seen.incidents > 0,
      { timeoutMs: 60_000 },
    );
    await running.kill('SIGKILL');

    // 3. A last start finishes the work: every attack once, every figure once.
    running = await startService({ DATA_DIR: dataDir });
    const finalUrl = running.url;
    const final = await waitFor(
      () => totals(finalUrl),
      (seen) => seen.incidents >= articles.length,
      { timeoutMs: 120_000 },
    );
    expect(final).toEqual({ incidents: articles.length, launched: expectedLaunched });
    const history = await getJson<{ events: unknown[] }>(`${finalUrl}/v1/events?limit=1000`);
    expect(history.events).toHaveLength(articles.length);
  }, 240_000);
});
