import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  createSqliteEventLog,
  type EventLog,
  type SqliteEventLogOptions,
  type Subscription,
} from '@app/event-log';
import { waitFor } from '../../support/wait-for';
import { eventLogContract, type EventLogHarness } from './event-log.contract';

/** Each harness owns a fresh database file; the polling interval is short so cross-connection tests are quick. */
async function sqliteHarness(
  options: Partial<SqliteEventLogOptions> = {},
): Promise<EventLogHarness & { path: string }> {
  const directory = mkdtempSync(join(tmpdir(), 'event-log-contract-'));
  const path = join(directory, 'event-log.sqlite');
  const opened: EventLog[] = [];
  return {
    path,
    async open() {
      const log = createSqliteEventLog({ path, pollIntervalMs: 50, ...options });
      opened.push(log);
      return log;
    },
    async appendRaw(topic, partition, key, value) {
      const raw = new Database(path);
      try {
        raw
          .prepare(
            `INSERT INTO records (topic, partition_id, record_offset, record_key, value)
             SELECT ?, ?, COALESCE(MAX(record_offset) + 1, 0), ?, ? FROM records WHERE topic = ? AND partition_id = ?`,
          )
          .run(topic, partition, key, value, topic, partition);
      } finally {
        raw.close();
      }
    },
    async dispose() {
      await Promise.all(opened.map((log) => log.close()));
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

eventLogContract('SQLite (embedded)', () => sqliteHarness());

describe('SQLite event log, embedded specifics', () => {
  let harness: Awaited<ReturnType<typeof sqliteHarness>>;

  afterEach(async () => {
    await harness.dispose();
  });

  const probe = (id: string, data: unknown = { id }, schemaVersion = 1) => ({
    id,
    type: 'ContractProbe',
    schemaVersion,
    recordedAt: '2026-11-25T12:00:00.000Z',
    data,
  });

  it('wakes a subscriber on an append in its own process, without waiting for the poll', async () => {
    harness = await sqliteHarness({ pollIntervalMs: 600_000 });
    const log = await harness.open();
    await log.ensureTopics([{ name: 'articles', partitions: 1 }]);
    const seen: string[] = [];
    const subscription = await log.subscribe({
      topic: 'articles',
      group: 'extract',
      resumeFrom: async () => undefined,
      onBatch: async (batch) => {
        seen.push(...batch.records.map((record) => record.envelope.id));
      },
    });
    await log.append('articles', [{ key: 'a', envelope: probe('first') }]);
    await waitFor(
      () => seen,
      (ids) => ids.length === 1,
      { timeoutMs: 5_000 },
    );
    await subscription.stop();
    expect(seen).toEqual(['first']);
  });

  it('picks up records another process appends to the same file', async () => {
    harness = await sqliteHarness();
    const consumerSide = await harness.open();
    const producerSide = await harness.open();
    await producerSide.ensureTopics([{ name: 'articles', partitions: 2 }]);
    const seen: string[] = [];
    const subscription = await consumerSide.subscribe({
      topic: 'articles',
      group: 'extract',
      resumeFrom: async () => undefined,
      onBatch: async (batch) => {
        seen.push(...batch.records.map((record) => record.envelope.id));
      },
    });
    await producerSide.append('articles', [
      { key: 'a', envelope: probe('from-elsewhere-0') },
      { key: 'b', envelope: probe('from-elsewhere-1') },
    ]);
    await waitFor(
      () => seen,
      (ids) => ids.length === 2,
    );
    await subscription.stop();
    expect(seen.sort()).toEqual(['from-elsewhere-0', 'from-elsewhere-1']);
  });

  it('runs one subscriber per group and topic in a process', async () => {
    harness = await sqliteHarness();
    const log = await harness.open();
    await log.ensureTopics([{ name: 'articles', partitions: 1 }]);
    const options = {
      topic: 'articles',
      group: 'extract',
      resumeFrom: async () => undefined,
      onBatch: async () => {},
    };
    const concurrently = await Promise.allSettled([log.subscribe(options), log.subscribe(options)]);
    expect(concurrently.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    await expect(log.subscribe(options)).rejects.toThrow(/already consumes/);
    const first = concurrently.find((outcome) => outcome.status === 'fulfilled')!;
    await (first as PromiseFulfilledResult<Subscription>).value.stop();
    await (await log.subscribe(options)).stop();
  });

  it('refuses appends to a topic nobody declared', async () => {
    harness = await sqliteHarness();
    const log = await harness.open();
    await expect(log.append('nowhere', [{ key: 'k', envelope: probe('lost') }])).rejects.toThrow(
      /unknown topic nowhere/,
    );
  });

  it('keeps the partition count a topic was created with', async () => {
    harness = await sqliteHarness();
    const log = await harness.open();
    await log.ensureTopics([{ name: 'conflict-events', partitions: 4 }]);
    await log.ensureTopics([{ name: 'conflict-events', partitions: 8 }]);
    expect(await log.partitionCount('conflict-events')).toBe(4);
  });

  it('hands readers the current shape of an envelope written in an older schema version', async () => {
    harness = await sqliteHarness({
      upcasters: [
        {
          type: 'ContractProbe',
          fromVersion: 1,
          upcast: (envelope) => ({ ...envelope, data: { label: (envelope.data as { name: string }).name } }),
        },
      ],
    });
    const log = await harness.open();
    await log.ensureTopics([{ name: 'articles', partitions: 1 }]);
    await log.append('articles', [
      { key: 'k', envelope: probe('old', { name: 'written at v1' }, 1) },
      { key: 'k', envelope: probe('new', { label: 'written at v2' }, 2) },
    ]);
    const records = await log.read('articles', 0, '0', 10);
    expect(records.map((record) => [record.envelope.schemaVersion, record.envelope.data])).toEqual([
      [2, { label: 'written at v1' }],
      [2, { label: 'written at v2' }],
    ]);
  });

  it('keeps every acknowledged append when the process is killed with SIGKILL', async () => {
    harness = await sqliteHarness();
    const topic = `killed-${randomUUID()}`;
    const acknowledged = await runUntilKilled(join(__dirname, 'append-then-die.ts'), [
      harness.path,
      topic,
      '40',
    ]);
    expect(acknowledged.signal).toBe('SIGKILL');
    expect(acknowledged.lines).toHaveLength(40);

    const log = await harness.open();
    for (const line of acknowledged.lines) {
      const { sequence, partition, offset } = JSON.parse(line) as {
        sequence: number;
        partition: number;
        offset: string;
      };
      const [record] = await log.read(topic, partition, offset, 1);
      expect(record.envelope.id).toBe(`acknowledged-${sequence}`);
    }
  });
});

function runUntilKilled(
  script: string,
  args: string[],
): Promise<{ signal: NodeJS.Signals | null; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: join(__dirname, '../../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ signal, lines: stdout.split('\n').filter(Boolean) }));
  });
}
