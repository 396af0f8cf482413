import { defaultGazetteer, type Gazetteer } from '@app/domain';
import { buildArticleContext } from '../article-context';
import type { ArticleContext } from '../context';

/**
 * Test-only: the foundation's ArticleContext over sentences written for a test, one paragraph each, so a
 * diplomacy rule is exercised on exactly the sentences the test shows.
 */
export function fixtureContext(
  sentences: string[],
  published = '2025-04-22',
  gazetteer?: Gazetteer,
): ArticleContext {
  return buildArticleContext({ published, body: sentences.join('\n\n') }, gazetteer ?? defaultGazetteer());
}
