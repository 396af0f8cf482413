import type { WeaponClass } from '@app/domain';
import { APPROXIMATE_BEFORE, isNumberWord, parseNumberAt, parseNumberToken } from '../numbers';
import { tokenAt, tokenize, type Token } from '../tokens';
import { findWeaponWords, subtypeOf } from './weapons';
import { allMatches } from '../matches';

/**
 * The figures of one sentence: each weapon noun phrase with the count written before it, and the bare
 * figures that point back to one ("fifteen of them", "35 were destroyed"), each with the role its
 * clause gives it (launched, intercepted, jammed).
 */

/** impact: the share that got through ("nine missiles got through"), counted in no field. */
export type FigureRole = 'launched' | 'intercepted' | 'jammed' | 'impact';

export interface WeaponPhrase {
  weapon: Exclude<WeaponClass, 'unspecified'> | 'unspecified';
  subtype?: string;
  /** A class total ("missiles") rather than one model's share ("Kh-101s", "ballistic missiles"). */
  generic: boolean;
  start: number;
  end: number;
  /** number: exact; null: a figure the contract reads as none ("dozens", "about 50"); undefined: no figure. */
  count?: number | null;
  /** "N of the M": M, the whole the count is a share of. */
  total?: number;
  /** "N of the M", "N of the missiles": the count is a share of the attack's whole. */
  share?: boolean;
  /** "the drones", "this shelling": names weapons already told of. */
  definite?: boolean;
  /** "3 missiles, all of which were shot down": the phrase's own figure for the intercepted. */
  intercepted?: number;
  /** "a missile": one, but any figure of the whole attack outranks it. */
  weak?: boolean;
  /** "all N": the count is both the whole and the share. */
  all?: boolean;
  /** The weapon names an attack ("a drone attack") rather than a number of munitions. */
  attackNoun: boolean;
  /** "12 more drones": the figure adds to the attack's others rather than restating them. */
  more?: boolean;
  /** Only a bare "strikes": see weapons.ts. */
  bare?: boolean;
  role: FigureRole;
}

/** A figure with no weapon noun of its own: "Fifteen of them were shot down." */
export interface BackReference {
  /**
   * "all": every weapon of the attack just told ("All of them were shot down"); "none": the one weapon
   * told was not downed ("it was not intercepted").
   */
  count: number | 'all' | 'none';
  /** "both were shot down": the figure is the whole attack as well. */
  all?: boolean;
  role: FigureRole;
  start: number;
}

export interface SentenceFigures {
  tokens: Token[];
  phrases: WeaponPhrase[];
  backReferences: BackReference[];
  cues: Cue[];
}

export interface Cue {
  kind: 'launch' | 'intercept' | 'jam' | 'impact';
  /** The cue word as written. */
  verb: string;
  start: number;
  end: number;
}

const ROLE_OF_CUE: Record<Cue['kind'], FigureRole> = {
  launch: 'launched',
  intercept: 'intercepted',
  jam: 'jammed',
  impact: 'impact',
};

const CUE_PATTERNS: [Cue['kind'], RegExp][] = [
  [
    'impact',
    /\b(?:got through|penetrated|were not (?:intercepted|shot down)|reached (?:their|its) targets?|hit (?:their|its) targets?|evaded)\b/gi,
  ],
  [
    'jam',
    /\b(?:locationally[- ]lost|lost in location|location lost|lost locally|lost (?:from|on|off) (?:the )?radars?|lost (?:to|due to|through) (?:electronic|EW|radio)|(?:were|was|been) lost|suppressed|jammed|electronic warfare|electronic countermeasures|EW means|redirected|diverted|(?:disappeared|vanished|went missing) (?:from|off) (?:the )?radars?|did not reach (?:their|its) targets?|failed to reach (?:their|its) targets?)\b/gi,
  ],
  [
    'intercept',
    /\b(?:shot down|shooting down|shoot down|shoots down|downed|downing|destroyed|destroying|destroy|destroys|intercepted|intercepting|intercepts|neutrali[sz]ed|neutrali[sz]ing|brought down|bringing down|taken down|knocked out of the sky|repelled|repulsed|eliminated|interceptions?|destruction)\b/gi,
  ],
  [
    'launch',
    /\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|attack(?:ed|ing|s)?(?!\s+(?:drones?|UAVs?|helicopters?|aircraft))|struck|strik(?:es|ing)|hit|hits|hitting|target(?:ed|ing)|sent|sending|used|using|deployed|unleashed|carried out|conducted|pounded|pummel(?:l)?ed|pummel(?:l)?ing|battered|battering|hammered|hammering|blasted|lashed|bombarded|bombarding|bombed|bombing|shelled|raided|raiding|counts?|counted|recorded|detected|tracked|reported|spotted|sighted|involved|barrages?|assaults?|bombardments?|raids?|salvos?|waves?|onslaughts?|strike|fire(?! groups?)|killed|killing|wounded|wounding|injured|injuring|damaged|damaging|set fire|slammed|crashed into|crashed|exploded|bomb|dropp(?:ed|ing)|opened (?:fire|up)|flew|flown|rained|fell|fallen|crossed (?:the border|from|into|over)|landed|came down|impacted|tore into|tore through|sliced through)\b/gi,
  ],
];

const ATTACK_NOUN_AFTER =
  /^\s*(?:and [a-z]+ )?(?:attacks?|strikes?|barrages?|assaults?|bombardments?|raids?|salvos?|waves?|onslaughts?|fire|terror)\b(?!\s+(?:drones?|UAVs?|helicopters?|aircraft|submarines?|jets?))/i;

/** Tokens that end the backward walk over a noun phrase's modifiers. */
const PHRASE_STOP = new Set(
  (
    'the a an and or of with by from at on in over into across against including to for as than were was had have has is are be been ' +
    'launched fired used sent destroyed downed intercepted shot down neutralised neutralized said says that which while after before ' +
    'also another all both its their his her our some about around nearly almost more over least up fewer less dozens several many ' +
    'these those them other further additional remaining total overnight night single lone ' +
    'reported spotted sighted seen detected tracked recorded counted carried out conducted struck hit attacked targeted pounded ' +
    'say told tell tells claim claims claimed added add adds confirmed announced stated'
  ).split(' '),
);
/** "attack and decoy drones", "cruise and ballistic missiles": one phrase despite the "and". */
const MODIFIERS_JOINED_BY_AND = new Set(
  'attack strike decoy kamikaze cruise ballistic guided hypersonic reconnaissance combat imitation imitator anti-ship anti-radar aeroballistic'.split(
    ' ',
  ),
);
const MORE_AFTER_FIGURE = new Set(['more', 'further', 'additional']);
const VAGUE_BEFORE =
  /\b(?:dozens|a dozen|several|scores|hundreds|thousands|tens|numerous|many|multiple|a number|a barrage|a wave|a swarm|a salvo|waves|barrages|a series|a flurry|a hail|a volley|volleys|a mass|a massive|a large number|a number|a handful|a few|few|some|more|additional|further|other)(?: of)?(?: the)?\s*$/i;
/** "All 9 drones Russia sent were shot down": the passive verb, not the relative clause, governs the figure. */
const SHARE_RELATIVE = /\bof\s+(?:which|them|these|those)\s+\S+\s+$/i;
const PASSIVE_BEFORE_CUE =
  /\b(?:were|was|had been|have been|has been|been|being|got|are|is)\s+(?:[\p{L}]+ly\s+|all\s+)?$/u;
/** "Shot down: 47": a short label, a colon and the figure, alone on its line. */
const TABLE_LABEL = /^[\s•*-]*[\p{L}][\p{L} ()-]{0,50}:\s*$/u;
const NUMBER_OF_BEFORE = /\b(?:number|total|tally|count) of\s+$/i;
const STATED_AFTER =
  /^(?:\s+and\s+[\p{L}-]+)?\s+(?:to|at|was|is|stood at|reached|rose to)\s+(\d{1,3}(?:,\d{3})+|\d+)(?![\d.]*\s*(?:%|per ?cent))/u;
const WHOLE_OPENING = /(?:^|[,;:—–]\s*)\W*of\s+(?:the|its|their|these|those)\s+$/i;
/**
 * "a missile, which was intercepted": the verb after the relative pronoun tells the whole phrase's fate;
 * "54 drones, 38 of which were shot down" tells a share's.
 */
const WHOLE_RELATIVE =
  /^(?:(?!\bof\s+(?:which|them)\b)[^.;]){0,90}?,?\s*(?:all of\s+)?(?:which|that|it|they|both|all of them)\s+(?:was|were|had been|have been|has been)\s+(?:all\s+)?$/i;
const OTHERS_AFTER = /\b(?:several|many|some|dozens of|the|two|three|\d+)?\s*others\b/i;
/** "all of them were", "all of which had", "All were": the whole attack, with no figure of its own. */
const LAUNCHED_AFTER = /^\s+(?:launched|fired)\s+(?:by|from)\b/i;
/** "was not intercepted", "which air defences failed to intercept": a single weapon got through. */
const NOT_DOWNED =
  /\b(?:(?:it|which)\s+(?:[\w-]+\s+){0,3}?(?:was|had)\s+not\s+(?:been\s+)?(?:intercepted|shot down)|(?:was|had)\s+not\s+(?:been\s+)?intercepted|failed to intercept|could not be intercepted|evaded (?:the\s+)?air defen[cs]es)\b/i;
const IT_WAS_DOWNED =
  /\bit\s+(?:was|had been|has been)\s+(?:\w+\s+)?(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)\b/i;
const IT_WAS_DOWNED_AFTER =
  /^\s+(?:was|had been|has been)\s+(?:later\s+|also\s+|quickly\s+|successfully\s+)?(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)\b/i;
const ALL_OF_THEM_AFTER = /^\s+(?:of\s+(?:them|these|those|which)\s+)?(?:were|was|had|have)\b/i;
const ALL_PASSIVE = /\b(?:were|was|had|have)\s+all\s+(?:been\s+)?$/i;
const CLAUSE_BREAK =
  /[;:()—–]|,(?=\s*(?:while|whereas|but|with|of which|of them|of these|including|and|another|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))|\s(?=(?:while|whereas|but|that)\s)|\sand(?=\s+(?:another\s+|a further\s+|the remaining\s+|the other\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))/gi;
const BACK_REFERENCE_AFTER =
  /^\s*(?:(?:of (?:them|these|those|which|it)|of the (?:\w+ ){0,3}(?:projectiles|targets|weapons|objects|munitions|aircraft))\b|(?:were|was|had been|have been|got|and|more|others|further)\b|(?:projectiles|air targets|aerial targets|targets|aerial weapons|objects|munitions)\b|[.,;]|$)/i;

/** "300 to 400", "300-400", "five or six": a range is no count. */
const RANGE_BEFORE =
  /(?:(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred))\s*(?:to|or|-|–)|\bbetween\s+[\d,]+\s+and)\s*$/i;

const texts = new WeakMap<Token[], string[]>();
const tokenTexts = (tokens: Token[]): string[] => {
  let found = texts.get(tokens);
  if (!found) {
    found = tokens.map((token) => token.text);
    texts.set(tokens, found);
  }
  return found;
};

const isNumeric = (token: Token): boolean =>
  token.text.charCodeAt(0) <= 57 ? /^\d[\d,.]*$/.test(token.text) : isNumberWord(token.lower);

const EMPTY: SentenceFigures = { tokens: [], phrases: [], backReferences: [], cues: [] };
const INTERCEPT_OR_JAM_WORD =
  /shot|down|destroy|intercept|neutrali|brought|taken|knocked|repel|repuls|eliminat|destruction|lost|suppress|jamm|electronic|radar|redirect|divert|reach/i;

export function readFigures(text: string): SentenceFigures {
  const words = findWeaponWords(text);
  // Most sentences name no weapon and no interception: nothing to read.
  if (!words.length && !INTERCEPT_OR_JAM_WORD.test(text)) return EMPTY;
  const tokens = tokenize(text);
  // With no weapon word only a bare figure can be read ("Fifteen were shot down", "All were", "It was
  // intercepted"): without one, nothing.
  if (
    !words.length &&
    !tokens.some((token) => token.lower === 'both' || token.lower === 'all' || isNumeric(token)) &&
    !IT_WAS_DOWNED.test(text) &&
    !NOT_DOWNED.test(text)
  )
    return EMPTY;
  const cues = findCues(text);
  const breaks = clauseBreaks(text);
  const phrases = mergePhrases(text, words).map((phrase) => countPhrase(text, tokens, phrase));
  spreadAllOverCoordinates(text, phrases);
  markCombined(text, phrases);
  for (const phrase of phrases) {
    phrase.role = roleAt(text, phrase.countStart, phrase.end, cues, breaks);
    // "intercepted a missile launched by the Houthis": that one missile was the attack, and it was downed.
    if (
      phrase.role === 'intercepted' &&
      phrase.weak &&
      phrase.count === 1 &&
      LAUNCHED_AFTER.test(text.slice(phrase.end))
    ) {
      phrase.weak = false;
      phrase.all = true;
    }
    // "eight missiles ... had all been intercepted": the figure is the whole and the share.
    const cue = cues.find((candidate) => candidate.start >= phrase.end && candidate.kind === 'intercept');
    if (phrase.role === 'intercepted' && cue && ALL_PASSIVE.test(text.slice(phrase.end, cue.start)))
      phrase.all = true;
    const between = cue ? text.slice(phrase.end, cue.start) : '';
    if (phrase.role === 'launched' && typeof phrase.count === 'number' && WHOLE_RELATIVE.test(between)) {
      phrase.intercepted = phrase.count;
    }
  }
  const used = new Set<number>();
  for (const phrase of phrases) {
    for (const token of tokens)
      if (token.start >= phrase.countStart && token.end <= phrase.end) used.add(token.start);
  }
  const backReferences = findBackReferences(text, tokens, used, cues, breaks);
  return { tokens, phrases, backReferences, cues };
}

/** "All of the drones and missiles were shot down": "all" governs every noun joined to the first. */
function spreadAllOverCoordinates(text: string, phrases: RawPhrase[]): void {
  for (let index = 1; index < phrases.length; index++) {
    const [before, phrase] = [phrases[index - 1], phrases[index]];
    if (before.all && before.count === undefined && phrase.count === undefined)
      if (/^\s*(?:,|,?\s*and|,?\s*or)\s*$/i.test(text.slice(before.end, phrase.countStart)))
        phrase.all = true;
  }
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const [kind, pattern] of CUE_PATTERNS) {
    for (const match of allMatches(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (cues.some((cue) => start < cue.end && end > cue.start)) continue;
      cues.push({ kind, start, end, verb: match[0] });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

function clauseBreaks(text: string): number[] {
  return allMatches(CLAUSE_BREAK, text).map((match) => match.index);
}

const clauseOf = (offset: number, breaks: number[]): [number, number] => {
  let start = 0;
  let end = Number.POSITIVE_INFINITY;
  for (const position of breaks) {
    if (position < offset) start = position;
    else {
      end = position;
      break;
    }
  }
  return [start, end];
};

/**
 * The role a figure takes from its clause: the nearest cue before it (the verb that governs an object:
 * "shot down 57 of the 81 drones"), else the nearest after it (a passive: "62 drones were lost"), else the
 * sentence's last cue before the clause; launched when the sentence has none.
 */
function roleAt(text: string, start: number, end: number, cues: Cue[], breaks: number[]): FigureRole {
  const [clauseStart, clauseEnd] = clauseOf(start, breaks);
  const inClause = cues.filter((cue) => cue.start >= clauseStart && cue.end <= clauseEnd);
  const before = inClause.filter((cue) => cue.end <= start);
  const passive = inClause.find(
    (cue) =>
      cue.start >= end &&
      PASSIVE_BEFORE_CUE.test(text.slice(end, cue.start)) &&
      // "30 projectiles crossed, some of which were intercepted": the passive tells a share's fate.
      !SHARE_RELATIVE.test(text.slice(end, cue.start)),
  );
  // "81 missiles and 80 drones were shot down": a coordinated figure takes the passive verb that follows.
  const [, nextClauseEnd] = clauseOf(clauseEnd + 1, breaks);
  const coordinatedPassive = /^\s+and\s/.test(text.slice(clauseEnd, clauseEnd + 5))
    ? cues.find(
        (cue) =>
          cue.start >= clauseEnd &&
          cue.end <= nextClauseEnd &&
          PASSIVE_BEFORE_CUE.test(text.slice(Math.max(clauseEnd, cue.start - 20), cue.start)),
      )
    : undefined;
  // "shot down six ATACMS and four Storm Shadow missiles fired by Ukraine": a coordinated object shares
  // the verb before it, whatever participle follows.
  const sharedVerb = /^\s*and\s*$/i.test(text.slice(clauseStart, start))
    ? [...cues].reverse().find((cue) => cue.end <= clauseStart)
    : undefined;
  const after = inClause.find((cue) => cue.start >= end);
  const participleAfter =
    after?.kind === 'launch' && /^\s+(?:by|from)\b/i.test(text.slice(after.end, after.end + 6));
  const chosen =
    before[before.length - 1] ??
    passive ??
    (participleAfter ? sharedVerb : undefined) ??
    after ??
    coordinatedPassive ??
    [...cues].reverse().find((cue) => cue.end <= start) ??
    cues.find((cue) => cue.start >= end);
  if (!chosen) return 'launched';
  return ROLE_OF_CUE[chosen.kind];
}

interface RawPhrase extends WeaponPhrase {
  countStart: number;
  uncounted: boolean;
}

const MERGEABLE_GAP =
  /^(?:\s+|\s*[-‐/]\s*|\s+(?:and|or|\/)\s+|\s+[\p{L}][\p{L}\p{N}-]*\s+){0,1}$|^\s+(?:[\p{L}][\p{L}\p{N}-]*\s+){1,3}$/u;

/** "Shahed attack drones", "Iskander-M ballistic missiles", "Shahed and decoy drones": one phrase. */
function mergePhrases(text: string, words: ReturnType<typeof findWeaponWords>): RawPhrase[] {
  const phrases: RawPhrase[] = [];
  for (const word of words) {
    const last = phrases[phrases.length - 1];
    const gap = last ? text.slice(last.end, word.start) : '';
    const gapWords = gap.trim() ? gap.trim().split(/\s+/) : [];
    if (
      last &&
      last.weapon === word.weapon &&
      MERGEABLE_GAP.test(gap) &&
      gapWords.every(
        (w) => (!PHRASE_STOP.has(w.toLowerCase()) && !isNumberWord(w)) || w === 'and' || w === 'or',
      ) &&
      !/\d/.test(gap)
    ) {
      last.end = word.end;
      last.generic = last.generic && word.generic;
      last.uncounted = last.uncounted && word.uncounted;
      last.bare = last.bare && word.bare;
      last.subtype = last.subtype ?? word.subtype;
      continue;
    }
    phrases.push({
      weapon: word.weapon,
      subtype: word.subtype,
      generic: word.generic,
      start: word.start,
      end: word.end,
      countStart: word.start,
      uncounted: word.uncounted,
      bare: word.bare,
      attackNoun: false,
      role: 'launched',
    });
  }
  return phrases;
}

function countPhrase(text: string, tokens: Token[], phrase: RawPhrase): RawPhrase {
  phrase.attackNoun = ATTACK_NOUN_AFTER.test(text.slice(phrase.end, phrase.end + 30));
  let index = tokenAt(tokens, phrase.start) - 1;
  let steps = 0;
  while (index >= 0 && steps < 4) {
    const token = tokens[index];
    const joinsModifiers =
      token.lower === 'and' && index > 0 && MODIFIERS_JOINED_BY_AND.has(tokens[index - 1].lower);
    if (
      !joinsModifiers &&
      (isNumeric(token) || PHRASE_STOP.has(token.lower) || !/^[\p{L}]/u.test(token.text))
    )
      break;
    index--;
    steps++;
  }
  const modifierStart = tokens[index + 1]?.start ?? phrase.start;
  const modifiers = text.slice(modifierStart, phrase.end);
  const namedSubtype = subtypeOf(modifiers);
  if (namedSubtype) {
    phrase.subtype = phrase.subtype ?? namedSubtype;
    if (phrase.weapon === 'missile' && namedSubtype !== 'guided') phrase.generic = false;
  }
  phrase.start = Math.min(phrase.start, modifierStart);
  phrase.countStart = phrase.start;
  if (phrase.uncounted) return phrase;
  const stated = STATED_AFTER.exec(text.slice(phrase.end, phrase.end + 40));
  if (stated && NUMBER_OF_BEFORE.test(text.slice(0, phrase.start))) {
    // "raising the number of drones and decoys to 810"
    phrase.count = parseNumberToken(stated[1]) ?? null;
    return phrase;
  }
  if (index < 0) return phrase;
  // "The RSF shelled El Fasher": a verb takes no count, and the article before it is its subject's.
  if (/shelled$/i.test(text.slice(phrase.start, phrase.end))) return phrase;
  const before = text.slice(0, tokens[index].end);

  if (isNumeric(tokens[index]) && phrase.attackNoun) {
    // "1,882 shelling attacks", "three drone strikes": a number of attacks, not of munitions.
    phrase.count = null;
    return phrase;
  }
  if (isNumeric(tokens[index])) {
    let first = index;
    while (
      first > 0 &&
      (isNumeric(tokens[first - 1]) ||
        (tokens[first - 1].lower === 'and' && first > 1 && isNumberWord(tokens[first - 2].text)))
    )
      first--;
    const parsed = parseNumberAt(tokenTexts(tokens), first);
    if (!parsed) return phrase;
    phrase.countStart = tokens[first].start;
    const leading = text.slice(0, tokens[first].start);
    if (APPROXIMATE_BEFORE.test(leading) || RANGE_BEFORE.test(leading)) {
      phrase.count = null;
      return phrase;
    }
    if (WHOLE_OPENING.test(leading)) {
      // "Of the 60 drones, 45 were shot down": the phrase names the whole the shares are taken from.
      phrase.total = parsed.value;
      return phrase;
    }
    const share = /(\d[\d,]*|\b[a-z]+(?:-[a-z]+)?)\s+(?:out of|of)\s+(?:the\s+|its\s+|their\s+)?$/i.exec(
      leading,
    );
    const shareValue = share ? parseNumberToken(share[1]) : undefined;
    if (share && shareValue !== undefined) {
      phrase.count = shareValue;
      phrase.total = parsed.value;
      phrase.share = true;
      phrase.countStart = share.index;
      if (APPROXIMATE_BEFORE.test(leading.slice(0, share.index))) phrase.count = null;
      return phrase;
    }
    if (/\ball(?: of)?(?: the)?\s*$/i.test(leading)) phrase.all = true;
    phrase.count = parsed.value;
    // "one drone hit the depot, while several others were brought down": one is a share, not the whole.
    if (parsed.value === 1 && OTHERS_AFTER.test(text.slice(phrase.end))) phrase.count = null;
    return phrase;
  }
  const word = tokens[index].lower;
  if (MORE_AFTER_FIGURE.has(word) && index > 0 && isNumeric(tokens[index - 1])) {
    // "three more missiles", "12 additional drones": the figure before "more" counts the weapons.
    const parsed = parseNumberAt(tokenTexts(tokens), index - 1);
    const leading = text.slice(0, tokens[index - 1].start);
    if (parsed && (index === 1 || !isNumeric(tokens[index - 2]))) {
      phrase.countStart = tokens[index - 1].start;
      phrase.count = APPROXIMATE_BEFORE.test(leading) || RANGE_BEFORE.test(leading) ? null : parsed.value;
      phrase.more = true;
      return phrase;
    }
  }
  if (VAGUE_BEFORE.test(before)) {
    phrase.count = null;
    return phrase;
  }
  if (word === 'both') {
    phrase.count = 2;
    phrase.all = true;
    phrase.countStart = tokens[index].start;
    return phrase;
  }
  if (['the', 'its', 'their', 'these', 'those', 'this', 'that'].includes(word)) {
    phrase.definite = true;
    const share = /(\d[\d,]*|\b[a-z]+(?:-[a-z]+)?)\s+(?:out )?of\s+(?:the|its|their|these|those)\s*$/i.exec(
      before,
    );
    const value = share ? parseNumberToken(share[1]) : undefined;
    if (share && value !== undefined && !APPROXIMATE_BEFORE.test(before.slice(0, share.index))) {
      phrase.count = value;
      phrase.countStart = share.index;
      phrase.share = true;
    }
    const determiner = /\b(both|all)(?: of)? (?:the|its|their|these|those)\s*$/i.exec(before);
    if (determiner) {
      phrase.all = true;
      phrase.countStart = determiner.index;
      if (determiner[1].toLowerCase() === 'both') phrase.count = 2;
    }
    return phrase;
  }
  if (word === 'single' || word === 'lone') {
    if (index > 0 && ['a', 'the', 'one'].includes(tokens[index - 1].lower)) {
      phrase.count = 1;
      phrase.all = tokens[index - 1].lower === 'the';
      phrase.countStart = tokens[index - 1].start;
    }
    return phrase;
  }
  if (
    ['a', 'an', 'one'].includes(word) &&
    !phrase.attackNoun &&
    !/s$/i.test(text.slice(phrase.start, phrase.end))
  ) {
    phrase.count = 1;
    phrase.weak = true;
    phrase.countStart = tokens[index].start;
  }
  return phrase;
}

/** "100 drones and missiles": one figure for two classes is a combined, unspecified figure. */
function markCombined(text: string, phrases: WeaponPhrase[]): void {
  for (let i = 0; i + 1 < phrases.length; i++) {
    const [first, second] = [phrases[i], phrases[i + 1]];
    if (first.weapon === second.weapon || second.count !== undefined || typeof first.count !== 'number')
      continue;
    if (!/^\s*(?:,\s*)?(?:and|or|\/|&)\s*$/i.test(text.slice(first.end, second.start))) continue;
    first.weapon = 'unspecified';
    first.subtype = undefined;
    first.end = second.end;
    phrases.splice(i + 1, 1);
  }
}

function findBackReferences(
  text: string,
  tokens: Token[],
  used: Set<number>,
  cues: Cue[],
  breaks: number[],
): BackReference[] {
  const found: BackReference[] = [];
  const notDowned = NOT_DOWNED.exec(text);
  if (notDowned) found.push({ count: 'none', role: 'intercepted', start: notDowned.index });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (used.has(token.start)) continue;
    if (token.lower === 'it' && IT_WAS_DOWNED_AFTER.test(text.slice(token.end, token.end + 40))) {
      // "Hamas fired a rocket at Ashkelon. It was intercepted.": the one weapon, launched and downed.
      found.push({ count: 1, role: 'intercepted', start: token.start, all: true });
      continue;
    }
    if (token.lower === 'all' && ALL_OF_THEM_AFTER.test(text.slice(token.end, token.end + 30))) {
      const role = roleAt(text, token.start, token.end, cues, breaks);
      if (role !== 'launched' && role !== 'impact') found.push({ count: 'all', role, start: token.start });
      continue;
    }
    if (
      token.lower === 'both' &&
      /^\s+(?:of them\s+)?(?:were|was|had|have)\b/i.test(text.slice(token.end, token.end + 20))
    ) {
      const role = roleAt(text, token.start, token.end, cues, breaks);
      if (role !== 'launched') found.push({ count: 2, role, start: token.start, all: true });
      continue;
    }
    if (!isNumeric(token)) continue;
    if (/^\d{4}$/.test(token.text) || /^\d+\.\d/.test(token.text)) continue;
    const parsed = parseNumberAt(tokenTexts(tokens), i);
    if (!parsed) continue;
    const last = tokens[i + parsed.length - 1];
    const after = text.slice(last.end, last.end + 40);
    const before = text.slice(0, token.start);
    i += parsed.length - 1;
    if (!BACK_REFERENCE_AFTER.test(after) || /^\s*[.,;]\s*\d/.test(after)) continue;
    const label = TABLE_LABEL.exec(before);
    if (label) {
      // "Shot down: 47", "Lost in location (electronic warfare): 25": a tally line's label gives the role.
      const labelCues = cues.filter((cue) => cue.end <= label[0].length);
      const kind = labelCues.find((cue) => cue.kind === 'jam')?.kind ?? labelCues[0]?.kind;
      if (kind && kind !== 'launch')
        found.push({
          count: parsed.value,
          role: kind === 'jam' ? 'jammed' : 'intercepted',
          start: token.start,
        });
      continue;
    }
    if (
      APPROXIMATE_BEFORE.test(before) ||
      /[:/]\s*$|\b(?:at|on|in|since|by|from|until|of|to|No\.?|number)\s*$/i.test(before)
    )
      continue;
    if (/\bof\s+(?:the|its|their|these|those|[\p{L}]+['’]s?)\s+$/iu.test(before) && /^\s*[,:]/.test(after)) {
      found.push({ count: parsed.value, role: 'launched', start: token.start });
      continue;
    }
    const role = roleAt(text, token.start, last.end, cues, breaks);
    const [clauseStart, clauseEnd] = clauseOf(token.start, breaks);
    const hasOwnCue = cues.some(
      (cue) => cue.kind !== 'launch' && cue.start >= clauseStart && cue.end <= clauseEnd,
    );
    if (role === 'launched' || role === 'impact' || !hasOwnCue) continue;
    found.push({ count: parsed.value, role, start: token.start });
  }
  return found;
}
