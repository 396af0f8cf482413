import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import {
  countStrikes,
  defaultGazetteer,
  evolveCeasefireStatus,
  evolveStrikeIncident,
  initialCeasefireStatus,
  initialStrikeIncident,
  isStrike,
  strikeIncidentId,
  strikeIncidentKey,
  toCeasefireView,
  type StrikeIncident,
} from '@app/domain';
import {
  createReadStore,
  READ_STORE_ENTITIES,
  type ReadStore,
  type ReadStoreOptions,
} from '@app/projections';
import { STREAM_BATCH, STREAM_LENGTH, streamBatch, streamEvent } from './projection-stream';
import { readStoreContract, type ReadStoreHarness } from './read-store.contract';

type Harness = ReadStoreHarness & { options: ReadStoreOptions };

const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pendingSchemaChanges(options: DataSourceOptions): Promise<string[]> {
  const dataSource = new DataSource({ ...options, entities: READ_STORE_ENTITIES });
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}

/** Each harness owns a fresh database file in its own temporary directory. */
async function sqliteHarness(): Promise<Harness> {
  const directory = mkdtempSync(join(tmpdir(), 'read-store-contract-'));
  const path = join(directory, 'read-store.sqlite');
  const opened: ReadStore[] = [];
  const options: ReadStoreOptions = { type: 'sqlite', path };
  return {
    options,
    async open() {
      const store = await createReadStore(options, defaultGazetteer());
      opened.push(store);
      return store;
    },
    async outboxIncidentIds() {
      const database = new Database(path, { readonly: true });
      try {
        const rows = database.prepare('SELECT incident_id FROM alert_outbox ORDER BY seq').all() as {
          incident_id: string;
        }[];
        return rows.map((row) => row.incident_id);
      } finally {
        database.close();
      }
    },
    pendingSchemaChanges: () => pendingSchemaChanges({ type: 'better-sqlite3', database: path }),
    async dispose() {
      for (const store of opened) await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Each harness owns a schema of its own, created here and dropped on dispose, so parallel runs never meet. */
async function postgresHarness(): Promise<Harness> {
  const schema = `read_store_contract_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  const opened: ReadStore[] = [];
  const options: ReadStoreOptions = { type: 'postgres', url: POSTGRES_URL, schema };
  return {
    options,
    async open() {
      const store = await createReadStore(options, defaultGazetteer());
      opened.push(store);
      return store;
    },
    async outboxIncidentIds() {
      const result = await admin.query<{ incident_id: string }>(
        `SELECT incident_id FROM "${schema}".alert_outbox ORDER BY seq`,
      );
      return result.rows.map((row) => row.incident_id);
    },
    pendingSchemaChanges: () => pendingSchemaChanges({ type: 'postgres', url: POSTGRES_URL, schema }),
    async dispose() {
      try {
        for (const store of opened) await store.close();
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** Runs the stream in a child process and kills it with SIGKILL once `acknowledgements` batches committed. */
function applyUntilKilled(options: ReadStoreOptions, acknowledgements: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'apply-until-killed.ts'), JSON.stringify(options)],
      {
        cwd: join(__dirname, '../../..'),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let acknowledged: number[] = [];
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      acknowledged = [...acknowledged, ...lines.map(Number)];
      if (acknowledged.length >= acknowledgements) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        reject(new Error(`the child ended by itself (${acknowledged.length} batches) before it was killed`));
      else resolve(acknowledged.at(-1) ?? 0);
    });
  });
}

/** What the whole stream folds to in memory, with the same reducers and no database. */
function foldStreamInMemory() {
  const incidents = new Map<string, StrikeIncident>();
  let ceasefire = initialCeasefireStatus('russia-ukraine');
  for (let offset = 0; offset < STREAM_LENGTH; offset++) {
    const envelope = streamEvent(offset);
    const event = envelope.data;
    if (isStrike(event)) {
      const key = strikeIncidentKey(event);
      const id = strikeIncidentId(key);
      incidents.set(
        id,
        evolveStrikeIncident(incidents.get(id) ?? initialStrikeIncident(key), { ...envelope, data: event }),
      );
    } else {
      ceasefire = evolveCeasefireStatus(ceasefire, { id: envelope.id, data: event });
    }
  }
  return { incidents, ceasefire: toCeasefireView(ceasefire) };
}

function killedMidStream(adapterName: string, createHarness: () => Promise<Harness>): void {
  describe(`ReadStore ${adapterName}: a projector killed while applying`, () => {
    jest.setTimeout(60_000);

    it('resumes from its checkpoint with nothing lost and nothing counted twice', async () => {
      const harness = await createHarness();
      try {
        const acknowledged = await applyUntilKilled(harness.options, 3);
        const store = await harness.open();
        const checkpoint = Number(await store.checkpoint('crash', 'conflict-events', 0));
        expect(checkpoint).toBeGreaterThanOrEqual(acknowledged);
        expect(checkpoint).toBeLessThan(STREAM_LENGTH);

        // At-least-once delivery: the log may hand back a batch that was already applied.
        for (
          let offset = Math.max(0, checkpoint - STREAM_BATCH);
          offset < STREAM_LENGTH;
          offset += STREAM_BATCH
        ) {
          await store.apply(streamBatch(offset));
        }

        const expected = foldStreamInMemory();
        expect(await store.checkpoint('crash', 'conflict-events', 0)).toBe(String(STREAM_LENGTH));
        const history = await store.history({ limit: STREAM_LENGTH + 1 });
        expect(history.events.map((event) => event.id).sort()).toEqual(
          Array.from({ length: STREAM_LENGTH }, (_, offset) => `stream-${offset}`).sort(),
        );
        expect(await store.strikes({ groupBy: 'day' })).toEqual(
          countStrikes(expected.incidents.values(), 'day'),
        );
        expect(await store.ceasefire('russia-ukraine')).toEqual(expected.ceasefire);
        for (const [id, incident] of expected.incidents) expect(await store.incident(id)).toEqual(incident);
        expect((await harness.outboxIncidentIds()).sort()).toEqual([...expected.incidents.keys()].sort());
      } finally {
        await harness.dispose();
      }
    });
  });
}

readStoreContract('SQLite (embedded)', sqliteHarness);
readStoreContract('PostgreSQL', postgresHarness);
killedMidStream('SQLite (embedded)', sqliteHarness);
killedMidStream('PostgreSQL', postgresHarness);
