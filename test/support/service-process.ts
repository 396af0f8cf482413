import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(__dirname, '../../bin/ceasefire-watch.js');

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed, for failure messages. */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the built `ceasefire-watch serve` on a free port and resolves once it prints where it listens.
 * Tests use this to kill the real process (SIGKILL) and start it again on the same data.
 */
export function startService(env: Record<string, string>, timeoutMs = 30_000): Promise<ServiceProcess> {
  // Embedded unless the test itself names the distributed services (the test run's own may be set).
  const { KAFKA_BROKERS, DATABASE_URL, REDIS_URL, ...inherited } = process.env;
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...inherited, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`service did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve({
          url: listening[1],
          child,
          output: () => output,
          kill: async (signal) => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`service exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}
