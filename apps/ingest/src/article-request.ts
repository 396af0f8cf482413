import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { ArticleFormatError, parseJsonArticle, parsePlainTextArticle, type Article } from '@app/extraction';

export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** A batch carries many articles; each one still obeys MAX_ARTICLE_BYTES. */
export const MAX_BATCH_BYTES = 16 * MAX_ARTICLE_BYTES;
export const MAX_BATCH_ARTICLES = 500;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the request body as bytes, refusing it as soon as it passes `limit` bytes. */
export async function readBody(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (limit: number) =>
  new PayloadTooLargeException(`the request body is larger than ${limit / (1024 * 1024)} MiB`);

/**
 * Decodes `POST /v1/articles`: `text/plain` in the plain-text form (date header, then body), or
 * `application/json` with one article `{published, text, title?, url?}`, an array of them, or
 * `{articles: [...]}` (the batch form). Throws a 4xx naming what is wrong.
 */
export function decodeArticles(
  contentType: string | undefined,
  body: Buffer,
): { articles: Article[]; batch: boolean } {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'text/plain' && mediaType !== 'application/json') {
    throw new UnsupportedMediaTypeException(
      `content type "${mediaType || '(none)'}" is not accepted; send text/plain (the "date YYYY-MM-DD" form) or application/json`,
    );
  }
  if (body.length === 0) throw new BadRequestException('the request body is empty');
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new BadRequestException('the request body is not valid UTF-8');
  }
  if (mediaType === 'text/plain') {
    if (body.length > MAX_ARTICLE_BYTES) throw tooLarge(MAX_ARTICLE_BYTES);
    return { articles: [articleOrBadRequest(() => parsePlainTextArticle(text))], batch: false };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BadRequestException(`the request body is not valid JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(json) ? json : isBatchObject(json) ? json.articles : undefined;
  if (!items) {
    if (body.length > MAX_ARTICLE_BYTES) throw tooLarge(MAX_ARTICLE_BYTES);
    return { articles: [articleOrBadRequest(() => parseJsonArticle(json))], batch: false };
  }
  if (items.length === 0) throw new BadRequestException('the batch holds no articles');
  if (items.length > MAX_BATCH_ARTICLES) {
    throw new BadRequestException(
      `the batch holds ${items.length} articles; at most ${MAX_BATCH_ARTICLES} are accepted`,
    );
  }
  const articles = items.map((item, index) => {
    if (Buffer.byteLength(JSON.stringify(item)) > MAX_ARTICLE_BYTES) {
      throw new PayloadTooLargeException(`article ${index} of the batch is larger than 1 MiB`);
    }
    return articleOrBadRequest(() => parseJsonArticle(item), `article ${index} of the batch: `);
  });
  return { articles, batch: true };
}

const isBatchObject = (json: unknown): json is { articles: unknown[] } =>
  typeof json === 'object' && json !== null && Array.isArray((json as { articles?: unknown }).articles);

function articleOrBadRequest(parse: () => Article, prefix = ''): Article {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ArticleFormatError) throw new BadRequestException(prefix + error.message);
    throw error;
  }
}
