import type { PartyMention } from '../context';
import {
  actorMentions,
  clauseStart,
  isBelligerent,
  readSentence,
  subjectBefore,
  type Reading,
} from './reading';
import { allMatches } from '../matches';

/** Where a cue matched in a sentence. */
export interface Cue {
  at: number;
  end: number;
  text: string;
}

/**
 * The patterns that set the rules off: every cue a rule scans for, and the few sentence patterns that
 * fire a rule on their own. A sentence none of them matches yields no event, so it is not read at all;
 * `cuesOf` refuses a pattern that was not declared here, so the two cannot drift apart.
 */
const triggers = new Set<RegExp>();
let unionsByFlags: RegExp[] | undefined;

/** Declares a pattern that sets a rule off, and returns it. */
export function trigger(pattern: RegExp): RegExp {
  triggers.add(pattern);
  unionsByFlags = undefined;
  return pattern;
}

/** Whether any rule could fire on the text: one scan of all triggers joined, twice as fast as one each. */
export function isTriggered(text: string): boolean {
  unionsByFlags ??= triggerUnions();
  return unionsByFlags.some((union) => union.test(text));
}

/**
 * The triggers joined into one pattern per set of flags. Those that open with a word boundary share it,
 * `\b(?:a|b|...)`, so that positions inside a word are passed over at once rather than once per trigger.
 */
function triggerUnions(): RegExp[] {
  const byFlags = new Map<string, RegExp[]>();
  for (const pattern of triggers) {
    const flags = pattern.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), pattern]);
  }
  return [...byFlags].map(([flags, patterns]) => {
    const atBoundary = patterns.filter(opensWithBoundary).map(({ source }) => `(?:${source.slice(2)})`);
    const elsewhere = patterns
      .filter((pattern) => !opensWithBoundary(pattern))
      .map(({ source }) => `(?:${source})`);
    const joined = atBoundary.length ? [`\\b(?:${atBoundary.join('|')})`, ...elsewhere] : elsewhere;
    return new RegExp(joined.join('|'), flags);
  });
}

/** `\b...` with no alternative at the top level that could start elsewhere. */
function opensWithBoundary({ source }: RegExp): boolean {
  if (!source.startsWith('\\b')) return false;
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === '\\') index++;
    else if (inClass) inClass = character !== ']';
    else if (character === '[') inClass = true;
    else if (character === '(') depth++;
    else if (character === ')') depth--;
    else if (character === '|' && depth === 0) return false;
  }
  return true;
}

/** Each cue pattern, made global once for scanning. */
const globalTwins = new WeakMap<RegExp, RegExp>();

export function cuesOf(pattern: RegExp, text: string): Cue[] {
  if (!triggers.has(pattern)) throw new Error(`cue pattern not declared with trigger(): /${pattern.source}/`);
  let global = globalTwins.get(pattern);
  if (!global) {
    global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
    globalTwins.set(pattern, global);
  }
  return allMatches(global, text).map((match) => ({
    at: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

const caseInsensitiveTwins = new WeakMap<RegExp, RegExp>();

/** The rules' context patterns are read case-insensitively and statelessly, whatever flags they were written with. */
function caseInsensitive(pattern: RegExp): RegExp {
  let twin = caseInsensitiveTwins.get(pattern);
  if (!twin) {
    twin = new RegExp(pattern.source, 'i');
    caseInsensitiveTwins.set(pattern, twin);
  }
  return twin;
}

/** Whether `pattern` occurs within `span` characters after the cue, before the clause ends. */
export function followedBy(reading: Reading, cue: Cue, pattern: RegExp, span = 90): boolean {
  const rest = reading.text.slice(cue.end, cue.end + span);
  const stop = /[;—–]|\.\s|\bbut\b/.exec(rest);
  return caseInsensitive(pattern).test(stop ? rest.slice(0, stop.index) : rest);
}

/** Whether `pattern` occurs within `span` characters before the cue, in its clause. */
export function precededBy(reading: Reading, cue: Cue, pattern: RegExp, span = 60): boolean {
  const from = Math.max(clauseStart(reading.text, cue.at), cue.at - span);
  return caseInsensitive(pattern).test(reading.text.slice(from, cue.at));
}

const JOINT_SUBJECT =
  /\b(?:both sides|the two sides|the sides|both parties|the parties|the two (?:countries|governments|neighbou?rs|leaders|camps|armies|militaries|delegations)(?:['’]\s*[\w-]+(?:\s+[\w-]+)?)?|each side|both governments|both (?:countries|armies|militaries|camps)|the belligerents|the warring (?:parties|sides))\b/gi;

/** Whether the subject of the cue is both belligerents ("Thailand and Cambodia agreed", "the two sides accepted"). */
export function hasJointSubject(reading: Reading, cue: Cue): boolean {
  const clause = clauseStart(reading.text, cue.at);
  const namedFrom = (from: number) =>
    new Set(
      actorMentions(reading)
        .filter(
          (mention) =>
            mention.start >= from && mention.end <= cue.at && isBelligerent(reading, mention.party),
        )
        .map((mention) => mention.party),
    );
  const phraseFrom = Math.max(clause, cue.at - 130);
  const phrase = allMatches(JOINT_SUBJECT, reading.text.slice(phraseFrom, cue.at)).at(-1);
  if (phrase && namedFrom(phraseFrom + phrase.index).size !== 1) return true;
  if (namedFrom(Math.max(clause, cue.at - 60)).size === 2) return true;
  // "The leaders of Thailand and Cambodia met in Putrajaya on Monday and agreed to a truce".
  const meeting = MET_AND_BEFORE.exec(reading.text.slice(0, cue.at));
  return meeting !== null && namedBefore(reading, meeting.index).size === 2;
}

const MET_AND_BEFORE = /\b(?:met|held talks|spoke|talked|conferred)\b[^.;]*\band\s+(?:then\s+|later\s+)?$/i;

/** The belligerents named before `to` in the sentence. */
const namedBefore = (reading: Reading, to: number): Set<string> =>
  new Set(
    actorMentions(reading)
      .filter((mention) => mention.end <= to && isBelligerent(reading, mention.party))
      .map((mention) => mention.party),
  );

/** The belligerent that does what the cue says, or a passive agent after it ("declared by Putin"). */
export function belligerentSubject(reading: Reading, cue: Cue): PartyMention | undefined {
  const agent = passiveAgent(reading, cue);
  if (agent) return isBelligerent(reading, agent.party) ? agent : undefined;
  const subject = subjectBefore(reading, cue.at);
  if (subject && isBelligerent(reading, subject.party)) return subject;
  // "the ceasefire that Donald Trump had announced": a mediator is the subject, no side.
  if (subject && isRelativeSubject(reading, subject)) return undefined;
  const from = clauseStart(reading.text, cue.at);
  return (
    actorMentions(reading)
      .filter(
        (mention) => mention.start >= from && mention.end <= cue.at && isBelligerent(reading, mention.party),
      )
      .at(-1) ?? antecedentOfPronoun(reading, cue)
  );
}

/** "It", "They", "Its council" opening the sentence before the cue. */
const PRONOUN_OPENING =
  /^(?:(?:on|in|late on|early on|later|earlier|meanwhile)\b[^,]{0,30},\s*)?(?:it|they|its|their)\b[^,;.]{0,80}$/i;

/**
 * "The army-led government has not followed. Its council met on Tuesday and rejected the plan": a
 * pronoun opening the sentence stands for the first side named as an actor in the sentence before.
 */
function antecedentOfPronoun(reading: Reading, cue: Cue): PartyMention | undefined {
  const previous = reading.context.previous(reading.sentence);
  if (!previous || !PRONOUN_OPENING.test(reading.text.slice(0, cue.at))) return undefined;
  const earlier = readSentence(reading.context, previous);
  if (!earlier || earlier.theatre.id !== reading.theatre.id) return undefined;
  return actorMentions(earlier).find((mention) => isBelligerent(reading, mention.party));
}

/** A subject that opens a relative clause ("that Donald Trump had announced"): nothing before it is. */
const isRelativeSubject = (reading: Reading, subject: PartyMention): boolean =>
  /\b(?:that|which|whom)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2}$/u.test(
    reading.text.slice(Math.max(0, subject.start - 40), subject.start),
  );

/** "proposed by Washington", "declared by Putin". */
function passiveAgent(reading: Reading, cue: Cue): PartyMention | undefined {
  return actorMentions(reading).find(
    (mention) =>
      mention.start >= cue.end &&
      mention.start - cue.end <= 40 &&
      /^\s*(?:(?:on|in|at|late|early)\s+\w+\s+)?by\s+(?:the\s+)?(?:\w+\s+)?$/i.test(
        reading.text.slice(cue.end, mention.start),
      ),
  );
}

/** Whether the party doing what the cue says is named but is not a belligerent (a mediator, an ally). */
export function hasOutsideSubject(reading: Reading, cue: Cue): boolean {
  const agent = passiveAgent(reading, cue) ?? subjectBefore(reading, cue.at);
  return agent !== undefined && !isBelligerent(reading, agent.party);
}
