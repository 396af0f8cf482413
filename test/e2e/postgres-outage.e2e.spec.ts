import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresCluster, type PostgresCluster } from '../support/postgres-cluster';
import { startService, type ServiceProcess } from '../support/service-process';
import { waitFor } from '../support/wait-for';

function articles(from: number, count: number) {
  return Array.from({ length: count }, (_, index) => ({
    published: new Date(Date.UTC(2023, 0, 1) + (from + index) * 86_400_000).toISOString().slice(0, 10),
    text: `Russia launched ${20 + index} drones at Ukraine overnight, the Ukrainian air force said.`,
  }));
}

describe('the read store going away', () => {
  let postgres: PostgresCluster;
  let service: ServiceProcess;
  let dataDir: string;

  beforeAll(async () => {
    postgres = await createPostgresCluster();
    dataDir = mkdtempSync(join(tmpdir(), 'cw-pg-outage-'));
    service = await startService({ DATA_DIR: dataDir, DATABASE_URL: postgres.url });
  });

  afterAll(async () => {
    await service?.kill('SIGTERM');
    postgres?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = async (batch: unknown[]) => {
    const response = await fetch(`${service.url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(response.status).toBe(202);
  };
  const incidents = async () => {
    const response = await fetch(`${service.url}/v1/strikes?theatre=russia-ukraine&groupBy=month`);
    if (!response.ok) throw new Error(`strikes answered ${response.status}`);
    return ((await response.json()) as { total: { incidents: number } }).total.incidents;
  };

  it('pauses the projector, keeps accepting articles, and catches up when PostgreSQL returns', async () => {
    await post(articles(0, 30));
    await waitFor(incidents, (count) => count === 30, { timeoutMs: 30_000 });

    postgres.stop();
    await post(articles(30, 30));
    const reads = await fetch(`${service.url}/v1/strikes?theatre=russia-ukraine`);
    expect(reads.status).toBe(503);
    expect(((await reads.json()) as { message: string }).message).toContain('the read store did not answer');

    postgres.start();
    expect(await waitFor(incidents, (count) => count >= 60, { timeoutMs: 60_000 })).toBe(60);
    const history = (await (await fetch(`${service.url}/v1/events?limit=1000`)).json()) as {
      events: unknown[];
    };
    expect(history.events).toHaveLength(60);
  }, 120_000);
});
