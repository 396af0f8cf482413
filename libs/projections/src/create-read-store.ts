import { DataSource } from 'typeorm';
import type { Gazetteer } from '@app/domain';
import { READ_STORE_MIGRATIONS } from './migrations';
import { READ_STORE_ENTITIES } from './read-store.entities';
import type { ReadStore } from './read-store.port';
import { TypeOrmReadStore } from './typeorm-read-store';

export type ReadStoreOptions =
  | { type: 'sqlite'; path: string }
  | {
      type: 'postgres';
      url: string;
      /** Created if missing; every table, and TypeORM's migrations table, lives in it. Default `public`. */
      schema?: string;
    };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens the read store and brings its schema up to date with the explicit migrations (never `synchronize`,
 * so both databases get exactly the schema the migrations write).
 */
export async function createReadStore(options: ReadStoreOptions, gazetteer: Gazetteer): Promise<ReadStore> {
  return options.type === 'sqlite' ? openSqlite(options.path, gazetteer) : openPostgres(options, gazetteer);
}

const common = {
  entities: READ_STORE_ENTITIES,
  migrations: READ_STORE_MIGRATIONS,
  migrationsTableName: 'read_store_migrations',
  synchronize: false,
  migrationsRun: false,
  logging: false,
} as const;

async function openSqlite(path: string, gazetteer: Gazetteer): Promise<ReadStore> {
  const writer = new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: path,
    // WAL lets the reader connection see the last committed state while a batch is being written.
    enableWAL: true,
    // With WAL, NORMAL may lose the last commits on power loss but never corrupts; a lost commit takes its
    // checkpoint with it, so the batch is simply delivered and applied again.
    prepareDatabase: (db: { pragma(statement: string): unknown }) => {
      db.pragma('synchronous = NORMAL');
    },
  });
  await writer.initialize();
  try {
    await writer.runMigrations({ transaction: 'all' });
    const reader = new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: path,
      readonly: true,
      fileMustExist: true,
    });
    await reader.initialize();
    return new TypeOrmReadStore({ writer, reader, gazetteer });
  } catch (error) {
    await writer.destroy();
    throw error;
  }
}

async function openPostgres(
  options: { url: string; schema?: string },
  gazetteer: Gazetteer,
): Promise<ReadStore> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema))
    throw new Error(`read store schema "${schema}" is not a plain lower-case SQL name`);
  const dataSource = new DataSource({
    ...common,
    type: 'postgres',
    url: options.url,
    schema,
    // Raw statements resolve unqualified names in the same schema as the entities.
    extra: { options: `-c search_path=${schema}` },
  });
  await dataSource.initialize();
  try {
    await migrateExclusively(dataSource, schema);
    return new TypeOrmReadStore({
      writer: dataSource,
      reader: dataSource,
      gazetteer,
      beginApply: async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `ceasefire-watch:apply:${schema}`,
        ]);
      },
    });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** Several processes may start at once; one migrates while the others wait for it on a session lock. */
async function migrateExclusively(dataSource: DataSource, schema: string): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  const key = `ceasefire-watch:migrate:${schema}`;
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await lock.release();
  }
}
