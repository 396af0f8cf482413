import { startApp } from '@app/infrastructure';
import { IngestModule } from './ingest.module';

/** The ingest app as a process of its own; `ROLES=ingest ceasefire-watch serve` runs the same module. */
void startApp('ingest', [IngestModule], { readStore: false });
