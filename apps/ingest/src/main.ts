import { loadConfig } from '@app/config';
import { createHttpApp } from '@app/infrastructure';
import { IngestModule } from './ingest.module';

/** The ingest app on its own, for distributed deployments (configuration from the environment). */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createHttpApp(config, [IngestModule], { readStore: false });
  await app.listen(config.http.port, config.http.host);
  process.stdout.write(`ceasefire-watch ingest listening on ${await app.getUrl()}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`ceasefire-watch ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
