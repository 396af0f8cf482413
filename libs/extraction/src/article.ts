import { IsoDate } from '@app/domain';

/** An article as the extractor reads it: the body every evidence offset points into. */
export interface Article {
  published: string;
  body: string;
  title?: string;
  url?: string;
}

export class ArticleFormatError extends Error {
  override readonly name = 'ArticleFormatError';
}

const HEADER = /^\s*date[ \t]+(\S+)[ \t]*(?:\r?\n)?/;

/**
 * Parses the plain-text form of shared/contract/EVENTS.md: optional leading white space, the word
 * `date`, an ISO date, then the body (whose first paragraph may follow on the same line).
 */
export function parsePlainTextArticle(raw: string): Article {
  const header = HEADER.exec(raw);
  if (!header) throw new ArticleFormatError('the article does not start with a "date YYYY-MM-DD" line');
  const published = header[1];
  if (!IsoDate.safeParse(published).success) {
    throw new ArticleFormatError(`the date header "${published}" is not an ISO calendar date (YYYY-MM-DD)`);
  }
  return { published, body: checkedBody(raw.slice(header[0].length)) };
}

/** Validates the JSON form `{published, title?, url?, text}`. */
export function parseJsonArticle(input: unknown): Article {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ArticleFormatError('the article must be a JSON object with "published" and "text"');
  }
  const { published, text, title, url } = input as Record<string, unknown>;
  if (typeof published !== 'string')
    throw new ArticleFormatError('"published" is missing; expected YYYY-MM-DD');
  if (!IsoDate.safeParse(published).success) {
    throw new ArticleFormatError(`"published" is "${published}", not an ISO calendar date (YYYY-MM-DD)`);
  }
  if (typeof text !== 'string') throw new ArticleFormatError('"text" is missing; expected the article body');
  for (const [name, value] of Object.entries({ title, url })) {
    if (value !== undefined && typeof value !== 'string')
      throw new ArticleFormatError(`"${name}" must be a string`);
  }
  return {
    published,
    body: checkedBody(text),
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof url === 'string' ? { url } : {}),
  };
}

function checkedBody(text: string): string {
  const body = text.trim();
  if (!body) throw new ArticleFormatError('the article body is empty');
  return body;
}
