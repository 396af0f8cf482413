import { loadConfig, loadGazetteer } from '@app/config';
import { extractCommand, UsageError } from './extract.command';
import { ingestCommand } from './ingest.command';

const USAGE = `usage: ceasefire-watch <command>

  serve              run ingest, processor and query in one process (embedded storage under ./data
                     by default; see README for KAFKA_BROKERS, DATABASE_URL, REDIS_URL, ROLES, PORT)
  extract FILE...    print the events derived from article files as JSON Lines
  ingest FILE...     post article files to a running service (CEASEFIRE_URL, default http://127.0.0.1:3000)
`;

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'extract':
      return extractCommand(args, loadGazetteer(process.env.CEASEFIRE_GAZETTEER), process.stdout);
    case 'ingest':
      return ingestCommand(args, process.env.CEASEFIRE_URL ?? 'http://127.0.0.1:3000', process.stdout);
    case 'serve': {
      const config = loadConfig(process.env);
      // Loaded on demand so that `extract` starts without Nest, TypeORM and the drivers.
      const { serve } = await import('./serve.command');
      return serve(config);
    }
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return;
    default:
      throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ceasefire-watch: ${message}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
