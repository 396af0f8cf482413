import { readFile } from 'node:fs/promises';
import { UsageError } from './extract.command';

/** `ceasefire-watch ingest FILE...`: posts plain-text article files to a running service. */
export async function ingestCommand(
  files: string[],
  baseUrl: string,
  out: NodeJS.WritableStream,
): Promise<void> {
  if (files.length === 0) throw new UsageError('ingest needs at least one article file');
  let failures = 0;
  for (const file of files) {
    const body = await readFile(file).catch((error: Error) => {
      throw new UsageError(`cannot read ${file}: ${error.message}`);
    });
    const response = await fetch(new URL('/v1/articles', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body,
    }).catch((error: Error) => {
      throw new Error(
        `cannot reach ${baseUrl} (${error.cause instanceof Error ? error.cause.message : error.message}); is "ceasefire-watch serve" running?`,
      );
    });
    const answer = (await response.json().catch(() => ({}))) as {
      id?: string;
      status?: string;
      message?: string;
    };
    if (response.ok) {
      out.write(`${file}\t${response.status}\t${answer.status}\t${answer.id}\n`);
    } else {
      failures++;
      out.write(`${file}\t${response.status}\trefused\t${answer.message ?? response.statusText}\n`);
    }
  }
  if (failures) throw new Error(`${failures} of ${files.length} articles were refused`);
}
