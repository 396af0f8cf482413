// Child process of read-store.int.spec.ts: applies the stream from its stored checkpoint, reporting each
// committed batch on stdout, until the parent kills it with SIGKILL, most likely inside a transaction.
import { defaultGazetteer } from '@app/domain';
import { createReadStore, type ReadStoreOptions } from '@app/projections';
import { STREAM_LENGTH, streamBatch } from './projection-stream';

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]) as ReadStoreOptions;
  const store = await createReadStore(options, defaultGazetteer());
  let offset = Number((await store.checkpoint('crash', 'conflict-events', 0)) ?? '0');
  while (offset < STREAM_LENGTH) {
    const batch = streamBatch(offset);
    await store.apply(batch);
    offset = Number(batch.nextOffset);
    process.stdout.write(`${offset}\n`);
  }
  await store.close();
}

void main();
