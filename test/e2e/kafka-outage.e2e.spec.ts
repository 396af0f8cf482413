import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrivateKafka, type PrivateKafka } from '../support/private-kafka';
import { startService, type ServiceProcess } from '../support/service-process';
import { waitFor } from '../support/wait-for';

describe('ingest when Kafka goes away', () => {
  let kafka: PrivateKafka;
  let ingest: ServiceProcess;
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-kafka-outage-'));

  beforeAll(async () => {
    kafka = await createPrivateKafka();
    ingest = await startService({ ROLES: 'ingest', KAFKA_BROKERS: kafka.brokers, DATA_DIR: dataDir }, 60_000);
  }, 120_000);

  afterAll(async () => {
    await ingest?.kill('SIGTERM');
    kafka?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (text: string) =>
    fetch(`${ingest.url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ published: '2025-03-10', text }),
    });

  it('answers 503 with the reason and never 202 while the broker cannot acknowledge, then recovers', async () => {
    expect((await post('Russia launched 12 drones at Ukraine overnight.')).status).toBe(202);

    kafka.stop();
    const refused = await post('Russia launched 13 drones at Ukraine overnight.');
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { message: string }).message).toContain('did not acknowledge');

    kafka.start();
    // The refused article was never acknowledged, so the index does not know it: posting it again is new.
    const retried = await waitFor(
      async () => (await post('Russia launched 13 drones at Ukraine overnight.')).status,
      (status) => status !== 503,
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(retried).toBe(202);
  }, 180_000);
});
