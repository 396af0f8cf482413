import type { Theatre } from '@app/domain';
import type { ArticleContext, PartyMention, Sentence, When } from '../context';
import { addDays } from '../dates';
import { allMatches } from '../matches';
import { sidesNamedByRole } from '../parties';

/** One sentence as the diplomacy rules see it: its theatre, the parties it names and its date. */
export interface Reading {
  context: ArticleContext;
  sentence: Sentence;
  text: string;
  theatre: Theatre;
  mentions: readonly PartyMention[];
  when: When | undefined;
}

/**
 * A sentence that names both belligerents of another known theatre is about that theatre (an article on
 * Congo and Rwanda also reports the Congo–M23 truce); otherwise it is about the article's theatre.
 * Without a known theatre there is no event: never a default conflict.
 */
export function readSentence(context: ArticleContext, sentence: Sentence): Reading | undefined {
  const mentions = context.mentions(sentence);
  const named = new Set(mentions.map((mention) => mention.party));
  const both = context.gazetteer.theatres.filter(({ parties: [a, b] }) => named.has(a) && named.has(b));
  const theatre =
    theatreOfNamedTruce(context, sentence.text, mentions) ??
    both.find((candidate) => candidate.id === context.theatre?.id) ??
    (both.length > 1 ? nearestToTruce(sentence.text, mentions, both) : both[0]) ??
    theatreOfLoneArmedGroup(context, mentions) ??
    theatreOfTruceReferredTo(context, sentence, mentions) ??
    theatreOfNearestPair(context, sentence, mentions) ??
    context.theatre;
  if (!theatre) return undefined;
  const all = [...mentions, ...sidesNamedByRole(sentence.text, theatre, context.gazetteer, mentions)].sort(
    (a, b) => a.start - b.start,
  );
  return { context, sentence, text: sentence.text, theatre, mentions: all, when: context.when(sentence) };
}

/**
 * A truce named by its place or party ("the Gaza ceasefire", "the truce in Gaza") belongs to the one
 * theatre that party fights in, whatever else the sentence names.
 */
function theatreOfNamedTruce(
  context: ArticleContext,
  text: string,
  mentions: readonly PartyMention[],
): Theatre | undefined {
  for (const truce of allMatches(/\b(?:cease-?fires?|truces?)\b/gi, text)) {
    const named = mentions.find(
      (mention) =>
        (mention.end <= truce.index && /^\s*$/.test(text.slice(mention.end, truce.index))) ||
        (mention.start >= truce.index &&
          /^\s+in\s+$/i.test(text.slice(truce.index + truce[0].length, mention.start))),
    );
    const theatres = named ? context.gazetteer.theatresOf(named.party) : [];
    if (theatres.length === 1) return theatres[0];
  }
  return undefined;
}

/**
 * Where a sentence names the belligerents of two theatres ("since the ceasefire in Gaza took effect, the
 * Houthis have held fire on Israel"), the truce belongs to the theatre whose own party is named nearest it.
 */
function nearestToTruce(text: string, mentions: readonly PartyMention[], theatres: Theatre[]): Theatre {
  const truce = /\b(?:cease-?fires?|truces?|talks|agreement|deal)\b/i.exec(text);
  if (!truce) return theatres[0];
  const shared = theatres[0].parties.filter((party) =>
    theatres.every(({ parties }) => parties.includes(party)),
  );
  const distance = (theatre: Theatre): number =>
    Math.min(
      ...mentions
        .filter((mention) => theatre.parties.includes(mention.party) && !shared.includes(mention.party))
        .map((mention) => Math.abs(mention.start - truce.index)),
    );
  return [...theatres].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * An armed group fights in one theatre only and is never a mediator: a sentence naming it, but not its
 * enemy, is about its war even inside an article about another ("the M23 said the truce ...").
 */
function theatreOfLoneArmedGroup(
  context: ArticleContext,
  mentions: readonly PartyMention[],
): Theatre | undefined {
  const theatres = new Set(
    mentions
      .filter((mention) => context.gazetteer.parties.get(mention.party)?.kind === 'armed-group')
      .map((mention) => context.gazetteer.theatresOf(mention.party))
      .filter((candidates) => candidates.length === 1)
      .map(([only]) => only),
  );
  const [only] = theatres;
  return theatres.size === 1 && only.id !== context.theatre?.id ? only : undefined;
}

const TRUCE_WORD = /\b(?:cease-?fires?|truces?|armistice|moratorium)\b/i;

/**
 * "US officials announced that it had been prolonged": a sentence that names no side of the war and
 * calls the truce "it" is about the truce of the sentence it refers back to, through a thread of
 * pronoun sentences in its paragraph ("It took effect as planned.").
 */
function theatreOfTruceReferredTo(
  context: ArticleContext,
  sentence: Sentence,
  mentions: readonly PartyMention[],
): Theatre | undefined {
  if (TRUCE_WORD.test(sentence.text) || !/\bit\b/i.test(sentence.text)) return undefined;
  let earlier = context.previous(sentence);
  for (let steps = 0; earlier && steps < 3; steps++, earlier = context.previous(earlier)) {
    if (TRUCE_WORD.test(earlier.text)) break;
    if (earlier.paragraph !== sentence.paragraph || !/\b(?:it|its)\b/i.test(earlier.text)) return undefined;
  }
  if (!earlier || !TRUCE_WORD.test(earlier.text)) return undefined;
  const theatre = readSentence(context, earlier)?.theatre;
  const sides = [...(theatre?.parties ?? []), ...(context.theatre?.parties ?? [])];
  return mentions.some((mention) => sides.includes(mention.party)) ? undefined : theatre;
}

const pairsNamedIn = (context: ArticleContext, sentence: Sentence): Theatre[] => {
  const named = new Set(context.mentions(sentence).map((mention) => mention.party));
  return context.gazetteer.theatres.filter(({ parties: [a, b] }) => named.has(a) && named.has(b));
};

/**
 * A sentence that names nobody ("It was prolonged by 15 days") continues the war of the nearest sentence
 * before it in the paragraph that names a pair of belligerents, or of the paragraph's last sentence. A
 * sentence naming only a mediator does not: the article's war is the better guess for it.
 */
function theatreOfNearestPair(
  context: ArticleContext,
  sentence: Sentence,
  mentions: readonly PartyMention[],
): Theatre | undefined {
  if (mentions.length) return undefined;
  for (let earlier = context.previous(sentence); earlier; earlier = context.previous(earlier)) {
    if (earlier.paragraph !== sentence.paragraph && earlier.index !== sentence.index - 1) return undefined;
    const pairs = pairsNamedIn(context, earlier);
    if (pairs.length === 0) continue;
    return (
      pairs.find((theatre) => theatre.id === context.theatre?.id) ??
      (pairs.length === 1 ? pairs[0] : undefined)
    );
  }
  return undefined;
}

const THE_TWO_SIDES =
  /\b(?:the two sides|both sides|the sides|the parties|both parties|the warring (?:parties|sides)|the belligerents)\b/i;

/**
 * "... a pledge of April 23, when the two sides first committed to a truce, and the agreement that
 * Kinshasa and Kigali signed": "the two sides" are the sides the article has been following, not the
 * pair the sentence names in another clause. A predicate whose clause says "the two sides" and names
 * nobody belongs to the war of the nearest earlier sentence naming a pair, else the article's.
 */
export function theatreAt(reading: Reading, at: number): Theatre {
  const starts = allMatches(SEGMENT_BREAK, reading.text.slice(0, at)).map((match) => match.index + 1);
  const from = starts.at(-1) ?? 0;
  const next = /[,;:()—–]/.exec(reading.text.slice(at));
  const to = next ? at + next.index : reading.text.length;
  if (!THE_TWO_SIDES.test(reading.text.slice(from, to))) return reading.theatre;
  if (reading.mentions.some((mention) => mention.start >= from && mention.end <= to)) return reading.theatre;
  const { context, sentence } = reading;
  for (
    let earlier = context.previous(sentence), steps = 0;
    earlier && steps < 5;
    earlier = context.previous(earlier), steps++
  ) {
    const pairs = pairsNamedIn(context, earlier);
    if (pairs.length) return pairs.find((theatre) => theatre.id === context.theatre?.id) ?? pairs[0];
  }
  return context.theatre ?? reading.theatre;
}

export const isBelligerent = (reading: Reading, party: string): boolean =>
  reading.theatre.parties.includes(party);

export const otherBelligerent = (reading: Reading, party: string): string | undefined =>
  reading.theatre.parties.find((candidate) => candidate !== party);

/** Parties named as actors (not as a place that was hit or where something happened). */
export const actorMentions = (reading: Reading): PartyMention[] =>
  reading.mentions.filter((mention) => mention.role !== 'place');

const OBJECT_PREPOSITION =
  /\b(with|to|from|against|on|of|for|between|at|in|into|over|toward|towards|by)\s+(?:the\s+)?$/i;
const CLAUSE_BREAK = /[;:—–]|\b(?:but|while|whereas|although)\b/gi;
const SENTENCE_PART_BREAK = /[;:—–]/g;

/**
 * Where the clause holding `at` starts: after the last semicolon, dash or contrasting conjunction. With
 * `keepCoordinated`, a clause after "but" keeps its subject ("Putin agreed ... but refused ...").
 */
export function clauseStart(text: string, at: number, keepCoordinated = false): number {
  let start = 0;
  for (const match of allMatches(keepCoordinated ? SENTENCE_PART_BREAK : CLAUSE_BREAK, text.slice(0, at)))
    start = match.index + match[0].length;
  return start;
}

/**
 * The party that does what the cue at `at` says: the nearest actor named before it in the same clause,
 * skipping names that sit in a prepositional phrase ("a call with Trump", "strikes on Ukraine").
 */
export function subjectBefore(reading: Reading, at: number): PartyMention | undefined {
  const from = clauseStart(reading.text, at, true);
  const candidates = actorMentions(reading).filter((mention) => mention.end <= at && mention.start >= from);
  for (const mention of candidates.reverse()) {
    if (!OBJECT_PREPOSITION.test(reading.text.slice(Math.max(0, mention.start - 12), mention.start)))
      return mention;
  }
  return undefined;
}

const SPEECH =
  /\b(?:said|says|say|saying|accus\w*|claim\w*|complain\w*|charg\w*|wrote|writes|told|tells|called|calls|alleg\w*|blam\w*|insist\w*|reported|reports|stated|counted|dismissed|denounced|condemned|warned|argued|added|noted|recorded|rejected)\b/gi;

/**
 * Who is speaking: a party named just before a speech verb ("Russia's Defence Ministry said", "Kyiv
 * accused"), just after one (", said Zelenskyy") or given as the source ("according to Baku").
 */
/** ", who negotiated the truce on Hezbollah's behalf,": an aside about the speaker names nobody who speaks. */
const ACCUSED_OBJECT_BEFORE = /\b(?:accus\w*|blam\w*|charg\w*|condemn\w*)\s+(?:the\s+)?$/i;
const APPOSED_RELATIVE = /,\s+(?:who|whose|which)\b[^,.;]*,/gi;

export function speakerOf(reading: Reading): PartyMention | undefined {
  const actors = actorMentions(reading);
  const text = reading.text;
  const source = /\b(?:according to|accusation by|accusations by|complaint by|claims? by)\s+(?:the\s+)?$/i;
  const sourced = actors.find((mention) =>
    source.test(text.slice(Math.max(0, mention.start - 24), mention.start)),
  );
  if (sourced) return sourced;
  const asides = allMatches(APPOSED_RELATIVE, text).map((match) => [
    match.index,
    match.index + match[0].length,
  ]);
  const inAside = (mention: PartyMention): boolean =>
    asides.some(([from, to]) => mention.start >= from && mention.end <= to);
  const gap = (from: number, to: number): number =>
    to -
    from -
    asides
      .filter(([start, end]) => start >= from && end <= to)
      .reduce((sum, [start, end]) => sum + end - start, 0);
  for (const verb of allMatches(SPEECH, text)) {
    const before = actors.filter(
      (mention) =>
        mention.end <= verb.index &&
        !inAside(mention) &&
        !/[.!?"“]/.test(text.slice(mention.end, verb.index)),
    );
    const near = before.at(-1);
    if (
      near &&
      gap(near.end, verb.index) <= 60 &&
      !OBJECT_PREPOSITION.test(text.slice(Math.max(0, near.start - 12), near.start)) &&
      // "Misri accused Pakistan of violating it, saying ...": the accused does not speak.
      !ACCUSED_OBJECT_BEFORE.test(text.slice(Math.max(0, near.start - 24), near.start))
    )
      return near;
    const after = actors.find((mention) => mention.start >= verb.index && mention.start - verb.index <= 16);
    if (after && /^(?:said|says|told|wrote|added)\s+(?:the\s+)?$/i.test(text.slice(verb.index, after.start)))
      return after;
  }
  return undefined;
}

const HYPOTHETICAL =
  /\b(?:would|could|might|may|can|should|if|unless|whether|were to|once|until|hopes?|hoped|hoping|want(?:s|ed)? to|wish|expects?|expected|aims?|aimed|aiming|seeks? to|tries|trying|due to|set to|is to|are to|ready to|in order to|before|with a view to|ahead of|(?:wants?|wanted|urged?|urging|pressed|pressing|called on|asked|pushing|pushed|needs?|encouraged) (?:\w+ ){1,4}to|plans? to|proposals? to|bid to|supposed to|meant to|intended to|whatever|pressure on \w+ to|urg\w* \w+ to|press\w* \w+ to)\b/i;
const NEGATION =
  /\b(?:no|not|never|neither|nor|without|refus\w*|declin\w*|den(?:y|ied|ies|ying)|n't|nothing)\b|n't\b/i;

/** The words leading up to a cue within its clause, where modality and negation show. */
function leadIn(reading: Reading, at: number, words = 7): string {
  // "The truce, which had been due to run out on Sunday, was extended": a closed aside hedges nothing after it.
  const clause = withoutTheMonthMay(reading.text.slice(clauseStart(reading.text, at), at)).replace(
    CLOSED_ASIDE,
    ' ',
  );
  // "a ceasefire ahead of the talks, which Moscow rejected": the aside's verb is hedged only by its own words.
  const aside = allMatches(ASIDE_START, clause).at(-1);
  return (aside ? clause.slice(aside.index) : clause).split(/\s+/).slice(-words).join(' ');
}

const ASIDE_START = /,\s*(?:which|who)\b/gi;
const CLOSED_ASIDE = /,\s*(?:which|who)\b[^,]*,/gi;

/** "the pledge of May 20", "in early May": the month is no modal verb (REAL-TEXT 5). */
export const withoutTheMonthMay = (text: string): string =>
  text.replace(
    /\bMay(?=\s+\d)|(?<=\d(?:st|nd|rd|th)?\s+|\b(?:in|of|since|until|by|from|to|early|late|mid|last|next|this|since early|since late)[\s-]+)May\b/g,
    'month',
  );

/** Conditional, hypothetical or planned: "would only hold if", "is due to expire", "could be prolonged". */
export const isHypotheticalAt = (reading: Reading, at: number, words = 7): boolean =>
  HYPOTHETICAL.test(leadIn(reading, at, words));

const DENIAL =
  /\b(?:den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|refut(?:ed|es|ing)|rebuff(?:ed|s)|deny(?:ing)?)\b(?:\s+[^\s.;]+){0,5}?\s+that\b/gi;
const REPORT_THAT = /\b(?:reports?|claims?|suggestions?|rumou?rs?|allegations?)\s+that\b/gi;
const FALSE_AFTER =
  /^[^.;]*\b(?:were|was|are|is)\s+(?:false|untrue|fake|baseless|wrong|incorrect|not true|groundless)\b/i;

/**
 * "Kyiv denied on Monday that it had agreed to a truce", "Israel rejected accusations that it had
 * violated the ceasefire", "reports that Putin had accepted a truce were false": what is denied did not
 * happen, unless the sentence turns to an assertion of its own after it ("..., but accused ...").
 */
export function isDeniedAt(reading: Reading, at: number): boolean {
  const before = reading.text.slice(0, at);
  const turned = (from: number) => /\b(?:but|accus\w*|while|whereas)\b/i.test(before.slice(from));
  const denial = allMatches(DENIAL, before).at(-1);
  if (denial && !turned(denial.index + denial[0].length)) return true;
  const report = allMatches(REPORT_THAT, before).at(-1);
  return (
    report !== undefined &&
    !turned(report.index + report[0].length) &&
    FALSE_AFTER.test(reading.text.slice(at))
  );
}

export const isNegatedAt = (reading: Reading, at: number, words = 5): boolean =>
  NEGATION.test(leadIn(reading, at, words));

/**
 * The predicate at `at` is hedged as a condition: the sentence opens with one ("If the truce holds, ...",
 * "Should either side agree, ...") or its clause makes it one ("a ceasefire would only work if ...").
 */
export function isConditionalAt(reading: Reading, at: number): boolean {
  if (/^\s*(?:if|unless|should|were|even if|only if|whether)\b/i.test(reading.text)) return true;
  const text = reading.text;
  const from = Math.max(0, ...allMatches(SEGMENT_BREAK, text.slice(0, at)).map((m) => m.index + 1));
  const next = /[,;:()—–]/.exec(text.slice(at));
  const clause = text.slice(from, next ? at + next.index : undefined);
  return /\b(?:would only|only if|on condition that|provided that)\b/i.test(clause);
}

const SEGMENT_BREAK = /[,;:()—–]/g;
/** "said on Tuesday that ...": a cue that dates the saying, not what was said. */
const SPEECH_BEFORE_CUE = /\b(?:said|says|told \w+|announced|reported|confirmed|claimed)\s+$/i;
/** A cue that bounds a period ("until May 18", "by August 8") or dates something else ("a day after"). */
const BOUND_OR_OTHER_EVENT =
  /\b(?:until|till|through|to|by|before|after|from|deadline of|starting|beginning|effective|(?:to|would|will|set to|due to) (?:begin|start|take effect|run|last|expire|end|lapse|run out))\s+(?:on\s+|at\s+)?(?:the\s+)?(?:end of\s+|(?:midnight|noon|dawn|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+(?:on\s+)?)?$/i;

/** "agreed to in March": the "to" of the verb, not the end of a period. */
const AGREED_TO = /\b(?:agree[sd]?|committed|consented|signed (?:up|on)|returned)\s+to\s+$/i;

const segmentOf = (text: string, at: number): number => allMatches(SEGMENT_BREAK, text.slice(0, at)).length;

/**
 * "He also accused ...", "Hours later, ...": a sentence that opens by continuing the one before takes
 * that sentence's day when it gives none of its own.
 */
function continuedDay(reading: Reading): When | undefined {
  if (!CONTINUATION.test(reading.text)) return undefined;
  const previous = reading.context.previous(reading.sentence);
  if (!previous || previous.paragraph !== reading.sentence.paragraph) return undefined;
  const day = reading.context
    .dateCues(previous)
    .filter((cue) => ownsCue(previous.text, cue) && !cue.future)
    .at(-1);
  return day ? { occurredOn: day.occurredOn, cue: day.cue, future: false } : undefined;
}

const CONTINUATION =
  /^\s*(?:(?:he|she|it|they|the (?:group|army|ministry|movement|military|government|rebels|kremlin))\s+(?:also|then|later|added|went on)\b|later(?: that day)?,|hours later|that (?:evening|night|afternoon)|in the same (?:statement|speech|address))/i;

/**
 * Whether a cue dates what is said around it, rather than bounding a period ("until May 18", "by August
 * 8") or dating something else ("a day after", "since Trump's inauguration in January"). An apposition
 * ("from March 18, the day Putin agreed") dates what follows it.
 */
function ownsCue(text: string, cue: { start: number; end: number }, at?: number): boolean {
  if (/^,?\s*the day\b/i.test(text.slice(cue.end))) return true;
  if (/^since\b/i.test(text.slice(cue.start, cue.end))) return false;
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  if (AGREED_TO.test(before)) return true;
  // "trampled on the ceasefire agreed in July": the day is the participle's, not the sentence's.
  const participle = TRUCE_PARTICIPLE_BEFORE.exec(text.slice(Math.max(0, cue.start - 110), cue.start));
  if (participle && (at === undefined || at < cue.start - participle[0].length || at > cue.start))
    return false;
  return (
    !BOUND_OR_OTHER_EVENT.test(before.slice(-24)) &&
    !/\bsince\s+(?:[^\s,;]+\s+){0,3}?(?:in\s+|on\s+)?$/i.test(before)
  );
}

const TRUCE_PARTICIPLE_BEFORE =
  /\b(?:cease-?fires?|truces?|pauses?|deal|agreement|accord)\s+(?:agreed|signed|declared|brokered|reached|announced|initial(?:l)?ed)\s+(?:by\s+[^,;.]{1,60}?\s+)?(?:in|on|last)?\s*$/i;

/** Days named only by reference to the one just told: "that evening", "a day later", "the day before". */
const SAME_DAY =
  /\b(?:(?:on |later |earlier )?(?:that|the same) (?:day|morning|afternoon|evening|night)|that was the day|hours (?:later|earlier)|(?:earlier|later) in the day|within hours|on the spot|at (?:the|that) (?:same )?(?:meeting|talks|session|summit|round))\b/i;
const DAY_AFTER = /\b(?:a day later|the (?:next|following) (?:day|morning)|the day after(?=\s*[,.;]))\b/i;
const DAY_BEFORE = /\b(?:a day earlier|the (?:previous|preceding) day|the day before(?=\s*[,.;]))\b/i;

/**
 * "In a statement that evening, ...", "A day earlier, monitors had counted ...": the day comes from the
 * last day named in the sentence just before (in the paragraph, or the one before it), whatever it dated
 * there ("... since March 13. That was the day ..."), shifted as the reference says.
 */
function dayReferredTo(reading: Reading, at: number): When | undefined {
  const segment = segmentTextAt(reading, at);
  const text =
    SAME_DAY.test(segment) || DAY_AFTER.test(segment) || DAY_BEFORE.test(segment) ? segment : reading.text;
  const shift = SAME_DAY.test(text) ? 0 : DAY_AFTER.test(text) ? 1 : DAY_BEFORE.test(text) ? -1 : undefined;
  if (shift === undefined) return undefined;
  let earlier = reading.context.previous(reading.sentence);
  for (let steps = 0; earlier && steps < 2; steps++, earlier = reading.context.previous(earlier)) {
    // "... at the meeting. Medinsky rejected it on the spot.": a reference may lean on one before it.
    const chained = steps > 0 && SAME_DAY.test(reading.context.previous(reading.sentence)?.text ?? '');
    if (steps > 0 && earlier.paragraph !== reading.sentence.paragraph && !chained) return undefined;
    const told = earlier;
    const day = reading.context
      .dateCues(told)
      .filter((cue) => !cue.future && !cue.occurredOn.includes('/'))
      .at(-1);
    if (day) return { occurredOn: addDays(day.occurredOn, shift), cue: day.cue, future: false };
  }
  return undefined;
}

/** The day a period began, from "since March 13\": what was repeated since then spans it up to publication. */
export function sinceDay(reading: Reading): string | undefined {
  const cue = reading.context
    .dateCues(reading.sentence)
    .find(
      (candidate) =>
        /\bsince\s+$/i.test(reading.text.slice(Math.max(0, candidate.start - 8), candidate.start)) ||
        /^since\b/i.test(candidate.cue),
    );
  return cue && !cue.occurredOn.includes('/') ? cue.occurredOn : undefined;
}

/**
 * The date cue that belongs to the predicate at `at`: one in the same comma-delimited segment ("declared by
 * Putin on Saturday, expired on Sunday" gives each verb its own day), else the nearest one before it in the
 * clause ("On Sunday, Zelenskyy proposed"), else the nearest after it, else the sentence's own reference.
 */
export function cueNear(reading: Reading, at: number): When | undefined {
  const insideSince = (cue: { start: number }): boolean => {
    const since = reading.text.slice(0, at).search(/\bsince\s+(?:[^\s,;]+\s+){0,3}$/i);
    return since >= 0 && since >= cue.start - 50 && at < cue.start;
  };
  // "ending the ceasefire that came into force on January 19": that day is the relative clause's.
  const ofLaterRelative = (cue: { start: number }): boolean =>
    cue.start > at && RELATIVE_VERB.test(reading.text.slice(at, cue.start));
  const cues = reading.context
    .dateCues(reading.sentence)
    .filter((cue) => (ownsCue(reading.text, cue, at) || insideSince(cue)) && !ofLaterRelative(cue));
  if (!cues.length) return continuedDay(reading) ?? dayReferredTo(reading, at);
  const segment = segmentOf(reading.text, at);
  const from = clauseStart(reading.text, at);
  const distance = (cue: { start: number; end: number }): number =>
    cue.start >= at ? cue.start - at : at - cue.end;
  const inSegment = cues.filter((cue) => segmentOf(reading.text, cue.start) === segment);
  const ofSpeech = (cue: { start: number; end: number }): boolean =>
    SPEECH_BEFORE_CUE.test(reading.text.slice(Math.max(0, cue.start - 12), cue.start)) &&
    /^\s*(?:that\b|,)/i.test(reading.text.slice(cue.end, cue.end + 8));
  // "signed on May 23 and came into force on May 25": a day before "and" dates the verb before it.
  const ofOtherClause = (cue: { start: number; end: number }): boolean =>
    cue.end <= at &&
    (isInRelativeClause(reading.text, cue) ||
      /^\s*,?\s*and\s+(?:then\s+|later\s+)?$/i.test(reading.text.slice(cue.end, at)));
  const candidates = inSegment.length > 1 ? inSegment.filter((cue) => !ofSpeech(cue)) : inSegment;
  const same = [...candidates].sort(
    (a, b) => Number(ofOtherClause(a)) - Number(ofOtherClause(b)) || distance(a) - distance(b),
  )[0];
  if (same) return same;
  const before = cues.filter((cue) => cue.end <= at && cue.start >= from).at(-1);
  if (before) return before;
  const after = cues.find((cue) => cue.start >= at);
  return after ?? cues.at(-1);
}

const RELATIVE_WORD = /\b(?:that|which|who|whom|whose)\b/gi;
const RELATIVE_VERB =
  /\b(?:that|which)\s+(?:came|took|began|entered|went|was|were|had|has|expired|ended|collapsed)\b[^,;]*$/i;
const COMPLEMENT_VERB =
  /\b(?:said|says|say|announced|told \w+|claimed|stated|added|warned|insisted|reported|confirmed|believed|thought|hoped|noted|argued)\s+$/i;

/**
 * "The truce that expired on Sunday had been agreed ...", "Pakistan, whose army had agreed on Saturday,
 * ...": a day inside a relative clause dates that clause's own verb. "said that" opens no relative clause.
 */
export function isInRelativeClause(text: string, cue: { start: number }): boolean {
  const from = Math.max(0, ...allMatches(SEGMENT_BREAK, text.slice(0, cue.start)).map((m) => m.index + 1));
  const relative = allMatches(RELATIVE_WORD, text.slice(from, cue.start)).at(-1);
  return relative !== undefined && !COMPLEMENT_VERB.test(text.slice(from, from + relative.index));
}

/** The day (or period) of the predicate at `at`, the publication day when the text gives none. */
export const dateAt = (reading: Reading, at: number): string =>
  cueNear(reading, at)?.occurredOn ?? reading.context.published;

/** Whether the text itself dates the predicate at `at` (rather than it defaulting to the publication day). */
export const isDatedAt = (reading: Reading, at: number): boolean => cueNear(reading, at) !== undefined;

/** The comma-delimited stretch of the sentence that holds `at`. */
export function segmentTextAt(reading: Reading, at: number): string {
  const starts = allMatches(SEGMENT_BREAK, reading.text.slice(0, at)).map((match) => match.index + 1);
  const from = starts.at(-1) ?? 0;
  const next = /[,;:()—–]/.exec(reading.text.slice(at));
  return reading.text.slice(from, next ? at + next.index : undefined);
}

/** A date cue in the very segment of the predicate ("since the truce took effect on October 10"). */
export function cueInSegment(reading: Reading, at: number): When | undefined {
  const segment = segmentOf(reading.text, at);
  const cue = cueNear(reading, at);
  const own = reading.context
    .dateCues(reading.sentence)
    .find(
      (candidate) =>
        candidate.occurredOn === cue?.occurredOn && segmentOf(reading.text, candidate.start) === segment,
    );
  return own ? cue : undefined;
}

/** Background with no period: "more than a month ago", "for years", "many times". */
export const isVagueBackground = (text: string): boolean =>
  /\b(?:(?:more than |over |about |almost )?(?:a|one|two|three|several|\w+) (?:weeks?|months?|years?) ago|many times|for years|for months|has long|have long|had long)\b/i.test(
    text,
  );
