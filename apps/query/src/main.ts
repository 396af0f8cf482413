import { loadConfig } from '@app/config';
import { createHttpApp } from '@app/infrastructure';
import { QueryModule } from './query.module';

/** The query app on its own, for distributed deployments (configuration from the environment). */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createHttpApp(config, [QueryModule], { readStore: true });
  await app.listen(config.http.port, config.http.host);
  process.stdout.write(`ceasefire-watch query listening on ${await app.getUrl()}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`ceasefire-watch query: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
