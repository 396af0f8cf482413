import {
  Table,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const integer = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: nullable,
});
const text = (name: string): TableColumnOptions => ({ name, type: 'text' });
const sequence = (name: string): TableColumnOptions => ({
  name,
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

/**
 * The read store's tables, written with TypeORM's schema API so one migration serves SQLite and PostgreSQL.
 * It must match read-store.entities.ts exactly; the read-store contract suite checks that the schema
 * builder finds nothing to change after migrating.
 */
export class InitialReadStore1764086400000 implements MigrationInterface {
  name = 'InitialReadStore1764086400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'ceasefire_status',
        columns: [
          { ...varchar('theatre', 64), isPrimary: true },
          varchar('state', 16),
          varchar('since', 10, true),
          varchar('last_event_on', 10, true),
          text('status'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'strike_incidents',
        columns: [
          { ...varchar('id', 32), isPrimary: true },
          varchar('theatre', 64),
          varchar('attacker', 64, true),
          varchar('target', 64),
          varchar('weapon', 16),
          varchar('day', 10),
          integer('launched', true),
          integer('intercepted', true),
          integer('jammed', true),
          { name: 'disagreement', type: 'boolean' },
          integer('report_count'),
          text('incident'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_strike_incidents_theatre_day', columnNames: ['theatre', 'day'] }),
          new TableIndex({ name: 'IDX_strike_incidents_day', columnNames: ['day'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'event_history',
        columns: [
          sequence('seq'),
          varchar('event_id', 200),
          varchar('theatre', 64),
          varchar('type', 40),
          varchar('occurred_on', 21),
          varchar('day', 10),
          text('envelope'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_event_history_event_id', columnNames: ['event_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_event_history_theatre_seq', columnNames: ['theatre', 'seq'] }),
          new TableIndex({ name: 'IDX_event_history_theatre_day', columnNames: ['theatre', 'day'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'projection_checkpoints',
        columns: [
          { ...varchar('consumer', 64), isPrimary: true },
          { ...varchar('topic', 200), isPrimary: true },
          { ...integer('partition'), isPrimary: true },
          varchar('next_offset', 32),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'alert_outbox',
        columns: [
          sequence('seq'),
          varchar('incident_id', 32),
          varchar('theatre', 64),
          text('payload'),
          varchar('recorded_at', 40),
          varchar('delivered_at', 40, true),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_alert_outbox_incident_id',
            columnNames: ['incident_id'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'alert_outbox',
      'projection_checkpoints',
      'event_history',
      'strike_incidents',
      'ceasefire_status',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
