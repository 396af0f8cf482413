import { startApp } from '@app/infrastructure';
import { ProcessorModule } from './processor.module';

/** The processor app as a process of its own; `ROLES=processor ceasefire-watch serve` runs the same module. */
void startApp('processor', [ProcessorModule], { readStore: true });
