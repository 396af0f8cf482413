import type { Gazetteer, Theatre } from '@app/domain';
import type { Article } from './article';
import type { ArticleContext, PartyMention, Sentence } from './context';
import { findDateCues, type DateCue } from './dates';
import { createPartyMatcher, type PartyMatcher } from './parties';
import { splitSentences } from './sentences';

const matchers = new WeakMap<Gazetteer, PartyMatcher>();

/** One matcher per gazetteer: compiling the alias pattern costs more than reading an article. */
export function partyMatcherFor(gazetteer: Gazetteer): PartyMatcher {
  let matcher = matchers.get(gazetteer);
  if (!matcher) {
    matcher = createPartyMatcher(gazetteer);
    matchers.set(gazetteer, matcher);
  }
  return matcher;
}

export function buildArticleContext(article: Article, gazetteer: Gazetteer): ArticleContext {
  const matcher = partyMatcherFor(gazetteer);
  const sentences = splitSentences(article.body);
  const mentions = sentences.map((sentence) => matcher.mentions(sentence.text));
  const cues = new Map<number, DateCue[]>();
  const dateCues = (sentence: Sentence): DateCue[] => {
    let found = cues.get(sentence.index);
    if (!found) {
      found = findDateCues(sentence.text, article.published);
      cues.set(sentence.index, found);
    }
    return found;
  };
  return {
    published: article.published,
    body: article.body,
    sentences,
    gazetteer,
    mentions: (sentence) => mentions[sentence.index] ?? matcher.mentions(sentence.text),
    when: (sentence) => {
      const [first] = dateCues(sentence);
      return first ? { occurredOn: first.occurredOn, cue: first.cue, future: first.future } : undefined;
    },
    dateCues,
    previous: (sentence) => sentences[sentence.index - 1],
    next: (sentence) => sentences[sentence.index + 1],
    theatre: mainTheatre(mentions.flat(), gazetteer),
  };
}

/**
 * The theatre whose two belligerents the article names most (both must be named); failing that, the
 * only theatre of the single most-named party. Unknown parties never fall back to a default conflict.
 */
export function mainTheatre(mentions: readonly PartyMention[], gazetteer: Gazetteer): Theatre | undefined {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.role === 'modifier') continue;
    counts.set(mention.party, (counts.get(mention.party) ?? 0) + 1);
  }
  let best: Theatre | undefined;
  let bestScore = 0;
  for (const theatre of gazetteer.theatres) {
    const [a, b] = theatre.parties.map((party) => counts.get(party) ?? 0);
    const score = Math.min(a, b) > 0 ? a + b : 0;
    if (score > bestScore) {
      best = theatre;
      bestScore = score;
    }
  }
  if (best) return best;
  const [top] = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const candidates = top ? gazetteer.theatresOf(top[0]) : [];
  return candidates.length === 1 ? candidates[0] : undefined;
}
