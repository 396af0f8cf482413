import { loadGazetteer } from '@app/config';
import { extractCommand, UsageError } from './extract.command';

const USAGE = `usage: ceasefire-watch <command>

  serve              run ingest, processor and query in one process (embedded storage by default)
  extract FILE...    print the events derived from article files as JSON Lines
  ingest FILE...     post article files to a running service (CEASEFIRE_URL, default http://127.0.0.1:3000)
`;

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'extract':
      return extractCommand(args, loadGazetteer(process.env), process.stdout);
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
