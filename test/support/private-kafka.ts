import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgres-cluster';

const SCRIPT = join(__dirname, '../../scripts/kafka.sh');

/** A Kafka broker of the test's own (the project's script, another folder and ports), to stop and start at will. */
export interface PrivateKafka {
  brokers: string;
  start(): void;
  stop(): void;
  destroy(): void;
}

export async function createPrivateKafka(): Promise<PrivateKafka> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-kafka-'));
  const env = {
    ...process.env,
    KAFKA_DATA_DIR: dataDir,
    KAFKA_PORT: String(await freePort()),
    KAFKA_CONTROLLER_PORT: String(await freePort()),
  };
  const run = (command: string) =>
    execFileSync('bash', [SCRIPT, command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const kafka: PrivateKafka = {
    brokers: `127.0.0.1:${env.KAFKA_PORT}`,
    start: () => void run('start'),
    stop: () => void run('stop'),
    destroy: () => {
      try {
        kafka.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
  kafka.start();
  return kafka;
}
