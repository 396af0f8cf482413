import { startApp } from '@app/infrastructure';
import { QueryModule } from './query.module';

/** The query app as a process of its own; `ROLES=query ceasefire-watch serve` runs the same module. */
void startApp('query', [QueryModule], { readStore: true });
