import { createHash } from 'node:crypto';

const ID_HEX_LENGTH = 16;

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, ID_HEX_LENGTH);
}

/**
 * The same article fetched twice differs in line endings, Unicode composition and stray white space;
 * none of those change what it says, so none of them may change its id.
 */
export function normaliseArticleBody(body: string): string {
  return body.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Content hash of the normalised article: ingest dedupes on it and every derived event points back to it. */
export function articleId(published: string, body: string): string {
  return shortHash(`${published.trim()}\n${normaliseArticleBody(body)}`);
}

/**
 * Derived from what produced the event, never from a clock or a counter: re-delivering an article gives the
 * same ids, and re-extracting it with another extractor version gives new ones.
 */
export function eventId(articleId: string, extractorVersion: string, position: number): string {
  if (!Number.isInteger(position) || position < 0) {
    throw new RangeError(`event position must be a non-negative integer, got ${position}`);
  }
  return shortHash(`${articleId}\n${extractorVersion}\n${position}`);
}
