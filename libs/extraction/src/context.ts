import type { ConflictEvent, Gazetteer, Theatre } from '@app/domain';
import type { DateCue } from './dates';

/**
 * What every rule set reads an article through. Built once per article by the foundation
 * (sentences, party mentions, dates); the strike rules and the diplomacy rules are pure functions
 * of it, so each can be tested on sentences written for the test.
 */

/** A sentence of the body: `body.slice(start, end) === text`. */
export interface Sentence {
  index: number;
  paragraph: number;
  text: string;
  start: number;
  end: number;
  /** The article's title line (first line, no closing punctuation); it restates the body. */
  headline?: boolean;
}

/** A party named in a sentence; offsets are into the sentence text. */
export interface PartyMention {
  party: string;
  start: number;
  end: number;
  surface: string;
  /**
   * actor: the party itself or its forces, leaders, capital ("Russia", "Kyiv", "Zelenskyy");
   * modifier: part of a compound that does not make it the actor ("Iranian-made", "Iran-backed");
   * place: its territory or a town in it, which makes it a target rather than an actor ("in Kharkiv").
   */
  role: 'actor' | 'modifier' | 'place';
}

/** When something happened, resolved against the publication date. */
export interface When {
  /** An ISO date, or an ISO interval `start/end`. */
  occurredOn: string;
  /** The text that gave it ("on Sunday", "last week"); absent when it defaulted to the publication day. */
  cue?: string;
  /** True when the cue lies after the publication date (a meeting "on Wednesday" that is still to come). */
  future: boolean;
}

export interface ArticleContext {
  published: string;
  body: string;
  sentences: readonly Sentence[];
  gazetteer: Gazetteer;
  mentions(sentence: Sentence): readonly PartyMention[];
  /** The dated reference a sentence makes, or undefined when it has none of its own. */
  when(sentence: Sentence): When | undefined;
  /** The theatre the article is about, from the parties it names most; undefined for an unknown conflict. */
  theatre: Theatre | undefined;
  /** Every dated reference of a sentence in reading order, with offsets into the sentence text. */
  dateCues(sentence: Sentence): readonly DateCue[];
  /** The sentence just before / after in the body (across paragraphs), or undefined at the ends. */
  previous(sentence: Sentence): Sentence | undefined;
  next(sentence: Sentence): Sentence | undefined;
}

export type RuleSet = (context: ArticleContext) => ConflictEvent[];
