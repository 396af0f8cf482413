import type { ConflictEvent, Gazetteer } from '@app/domain';
import type { Article } from './article';
import { buildArticleContext } from './article-context';
import { extractDiplomacy } from './diplomacy';
import { extractStrikes } from './strikes';

export * from './article';
export * from './context';
export { buildArticleContext, mainTheatre, partyMatcherFor } from './article-context';
export * from './dates';
export * from './numbers';
export * from './parties';
export * from './sentences';
export * from './tokens';
export { extractStrikes } from './strikes';
export { extractDiplomacy } from './diplomacy';

/** Bump when a rule changes what an article yields: event ids and re-extraction depend on it. */
export const EXTRACTOR_VERSION = 'extraction-2026.11.25-23';

/** Every event an article states, strikes first then diplomacy, each group in reading order. */
export function extractEvents(article: Article, gazetteer: Gazetteer): ConflictEvent[] {
  const context = buildArticleContext(article, gazetteer);
  return [...extractStrikes(context), ...extractDiplomacy(context)];
}
