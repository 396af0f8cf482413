import { loadConfig } from '@app/config';
import { createHttpApp } from '@app/infrastructure';
import { ProcessorModule } from './processor.module';

/** The processor app on its own, for distributed deployments (configuration from the environment). */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createHttpApp(config, [ProcessorModule], { readStore: true });
  await app.listen(config.http.port, config.http.host);
  process.stdout.write(`ceasefire-watch processor listening on ${await app.getUrl()}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`ceasefire-watch processor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
