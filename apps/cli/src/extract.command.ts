import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Gazetteer } from '@app/domain';
import { extractEvents, parsePlainTextArticle } from '@app/extraction';

/**
 * `ceasefire-watch extract FILE...`: one JSON line per derived event, each tagged with the file's base
 * name (shared/contract/EVENTS.md section 4). Every file is read and parsed before anything is printed,
 * so a malformed file fails the call without half an answer on standard output.
 */
export async function extractCommand(
  files: string[],
  gazetteer: Gazetteer,
  out: NodeJS.WritableStream,
): Promise<void> {
  if (files.length === 0) throw new UsageError('extract needs at least one article file');
  const articles = await Promise.all(
    files.map(async (file) => {
      let raw: string;
      try {
        raw = await readFile(file, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
      }
      try {
        return { name: basename(file), article: parsePlainTextArticle(raw) };
      } catch (error) {
        throw new UsageError(`${file} is not an article: ${(error as Error).message}`);
      }
    }),
  );
  const lines: string[] = [];
  for (const { name, article } of articles) {
    for (const event of extractEvents(article, gazetteer))
      lines.push(JSON.stringify({ ...event, article: name }));
  }
  out.write(lines.length ? lines.join('\n') + '\n' : '');
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
