import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { defaultGazetteer } from '@app/domain';
import { createReadStore, READ_STORE_ENTITIES, type ReadStore } from '@app/projections';
import { readStoreContract, type ReadStoreHarness } from './read-store.contract';

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
async function sqliteHarness(): Promise<ReadStoreHarness> {
  const directory = mkdtempSync(join(tmpdir(), 'read-store-contract-'));
  const path = join(directory, 'read-store.sqlite');
  const opened: ReadStore[] = [];
  return {
    async open() {
      const store = await createReadStore({ type: 'sqlite', path }, defaultGazetteer());
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
async function postgresHarness(): Promise<ReadStoreHarness> {
  const schema = `read_store_contract_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  const opened: ReadStore[] = [];
  return {
    async open() {
      const store = await createReadStore(
        { type: 'postgres', url: POSTGRES_URL, schema },
        defaultGazetteer(),
      );
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

readStoreContract('SQLite (embedded)', sqliteHarness);
readStoreContract('PostgreSQL', postgresHarness);
