import type { Type } from '@nestjs/common';
import type { Config, Role } from '@app/config';
import { createHttpApp } from '@app/infrastructure';
import { IngestModule } from '@app/ingest';
import { ProcessorModule } from '@app/processor';
import { QueryModule } from '@app/query';

const FEATURES: Record<Role, Type> = { ingest: IngestModule, processor: ProcessorModule, query: QueryModule };

/** Runs the configured roles (all three by default) in this process, on one port. */
export async function serve(config: Config): Promise<void> {
  const app = await createHttpApp(
    config,
    config.roles.map((role) => FEATURES[role]),
    { readStore: config.roles.includes('processor') || config.roles.includes('query') },
  );
  await app.listen(config.http.port, config.http.host);
  const url = await app.getUrl();
  const storage = `${config.eventLog.kind} event log, ${config.readStore.kind} read store`;
  process.stdout.write(
    `ceasefire-watch ${config.roles.join(' + ')} listening on ${url} (${storage}, data in ${config.dataDir})\n` +
      `  post an article:  curl -H 'content-type: text/plain' --data-binary @article.txt ${url}/v1/articles\n` +
      `  read a ceasefire: curl ${url}/v1/theatres/russia-ukraine/ceasefire\n`,
  );
}
