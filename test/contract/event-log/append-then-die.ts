// Child process of sqlite.int.spec.ts: appends, reports each acknowledged position on stdout, then is killed
// with SIGKILL by its own hand, so nothing gets a chance to flush or close.
import { createSqliteEventLog } from '@app/event-log';

async function main(): Promise<void> {
  const [path, topic, count] = process.argv.slice(2);
  const log = createSqliteEventLog({ path });
  await log.ensureTopics([{ name: topic, partitions: 2 }]);
  for (let sequence = 0; sequence < Number(count); sequence++) {
    const [position] = await log.append(topic, [
      {
        key: `key-${sequence % 3}`,
        envelope: {
          id: `acknowledged-${sequence}`,
          type: 'ContractProbe',
          schemaVersion: 1,
          recordedAt: new Date().toISOString(),
          data: { sequence },
        },
      },
    ]);
    process.stdout.write(`${JSON.stringify({ sequence, ...position })}\n`);
  }
  process.kill(process.pid, 'SIGKILL');
}

void main();
