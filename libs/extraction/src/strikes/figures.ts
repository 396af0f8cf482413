import type { WeaponClass } from '@app/domain';
import { APPROXIMATE_BEFORE, isNumberWord, parseNumberAt, parseNumberToken } from '../numbers';
import { tokenAt, tokenize, type Token } from '../tokens';
import { findWeaponWords, subtypeOf } from './weapons';

/**
 * The figures of one sentence: each weapon noun phrase with the count written before it, and the bare
 * figures that point back to one ("fifteen of them", "35 were destroyed"), each with the role its
 * clause gives it (launched, intercepted, jammed).
 */

export type FigureRole = 'launched' | 'intercepted' | 'jammed';

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
  /** "all N": the count is both the whole and the share. */
  all?: boolean;
  /** The weapon names an attack ("a drone attack") rather than a number of munitions. */
  attackNoun: boolean;
  role: FigureRole;
}

/** A figure with no weapon noun of its own: "Fifteen of them were shot down." */
export interface BackReference {
  count: number;
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
  kind: 'launch' | 'intercept' | 'jam';
  start: number;
  end: number;
}

const CUE_PATTERNS: [Cue['kind'], RegExp][] = [
  [
    'jam',
    /\b(?:locationally[- ]lost|lost (?:from|on|off) (?:the )?radars?|lost (?:to|due to|through) (?:electronic|EW|radio)|(?:were|was|been) lost|suppressed|jammed|electronic warfare|electronic countermeasures|EW means|redirected|diverted|did not reach (?:their|its) targets?|failed to reach (?:their|its) targets?)\b/gi,
  ],
  [
    'intercept',
    /\b(?:shot down|shooting down|shoot down|shoots down|downed|downing|destroyed|destroying|destroy|destroys|intercepted|intercepting|intercepts|neutrali[sz]ed|neutrali[sz]ing|brought down|bringing down|taken down|knocked out of the sky|repelled|repulsed|eliminated|interceptions?)\b/gi,
  ],
  [
    'launch',
    /\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|attack(?:ed|ing|s)?|struck|strik(?:es|ing)|hit|hits|hitting|target(?:ed|ing)|sent|sending|used|using|deployed|unleashed|carried out|conducted|pounded|bombarded|bombed|shelled|raided|counts?|counted|recorded|detected|tracked|involved|barrage|assault|bombardment|raid|salvo|wave|onslaught|fire)\b/gi,
  ],
];

const ATTACK_NOUN_AFTER =
  /^\s*(?:and \w+ )?(?:attacks?|strikes?|barrages?|assaults?|bombardments?|raids?|salvos?|waves?|onslaughts?|fire|terror|hits?)\b/i;

/** Tokens that end the backward walk over a noun phrase's modifiers. */
const PHRASE_STOP = new Set(
  (
    'the a an and or of with by from at on in over into across against including to for as than were was had have has is are be been ' +
    'launched fired used sent destroyed downed intercepted shot down neutralised neutralized said says that which while after before ' +
    'also another all both its their his her our some about around nearly almost more over least up fewer less dozens several many ' +
    'these those them other further additional remaining total overnight night'
  ).split(' '),
);
const VAGUE_BEFORE =
  /\b(?:dozens|a dozen|several|scores|hundreds|thousands|tens|numerous|many|multiple|a number|a barrage|a wave|a swarm|a salvo|waves|barrages|a series|a flurry|a hail|a volley|volleys|a mass|a massive|a large number|a number|a handful|a few|few|some|more|additional|further|other)(?: of)?(?: the)?\s*$/i;
const CLAUSE_BREAK =
  /[;:()—–]|,(?=\s*(?:while|whereas|but|with|of which|of them|of these|including|and|another|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))|\s(?=(?:while|whereas|but)\s)|\sand(?=\s+(?:another\s+|a further\s+|the remaining\s+|the other\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))/gi;
const BACK_REFERENCE_AFTER =
  /^\s*(?:(?:of (?:them|these|those|which|it)|of the (?:\w+ ){0,3}(?:projectiles|targets|weapons|objects|munitions|aircraft))\b|(?:were|was|had been|have been|got)\b|(?:projectiles|air targets|aerial targets|targets|aerial weapons|objects|munitions)\b|[.,;]|$)/i;

const isNumeric = (token: Token): boolean => /^\d/.test(token.text) || isNumberWord(token.text);

export function readFigures(text: string): SentenceFigures {
  const tokens = tokenize(text);
  const cues = findCues(text);
  const breaks = clauseBreaks(text);
  const phrases = mergePhrases(text, findWeaponWords(text)).map((phrase) =>
    countPhrase(text, tokens, phrase),
  );
  markCombined(text, phrases);
  for (const phrase of phrases) phrase.role = roleAt(phrase.start, phrase.end, cues, breaks);
  const used = new Set<number>();
  for (const phrase of phrases) {
    for (const token of tokens)
      if (token.start >= phrase.countStart && token.end <= phrase.end) used.add(token.start);
  }
  const backReferences = findBackReferences(text, tokens, used, cues, breaks);
  return { tokens, phrases, backReferences, cues };
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const [kind, pattern] of CUE_PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (cues.some((cue) => start < cue.end && end > cue.start)) continue;
      cues.push({ kind, start, end });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

function clauseBreaks(text: string): number[] {
  CLAUSE_BREAK.lastIndex = 0;
  return [...text.matchAll(CLAUSE_BREAK)].map((match) => match.index);
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

/** The role a figure takes from the nearest cue of its clause; else from the cue before it; else launched. */
function roleAt(start: number, end: number, cues: Cue[], breaks: number[]): FigureRole {
  const [clauseStart, clauseEnd] = clauseOf(start, breaks);
  const inClause = cues.filter((cue) => cue.start >= clauseStart && cue.end <= clauseEnd);
  const pick = (candidates: Cue[]): Cue | undefined =>
    candidates.reduce<Cue | undefined>((best, cue) => {
      const distance = cue.start >= end ? cue.start - end : start - cue.end;
      if (!best) return cue;
      const bestDistance = best.start >= end ? best.start - end : start - best.end;
      return distance < bestDistance ? cue : best;
    }, undefined);
  const jam = inClause.find((cue) => cue.kind === 'jam');
  const chosen =
    jam ??
    pick(inClause) ??
    [...cues].reverse().find((cue) => cue.end <= start) ??
    cues.find((cue) => cue.start >= end);
  if (!chosen) return 'launched';
  return chosen.kind === 'jam' ? 'jammed' : chosen.kind === 'intercept' ? 'intercepted' : 'launched';
}

interface RawPhrase extends WeaponPhrase {
  countStart: number;
}

const MERGEABLE_GAP =
  /^(?:\s+|\s*[-‐]\s*|\s+(?:and|or|\/)\s+|\s+[\p{L}][\p{L}\p{N}-]*\s+){0,1}$|^\s+(?:[\p{L}][\p{L}\p{N}-]*\s+){1,3}$/u;

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
      gapWords.every((w) => !PHRASE_STOP.has(w.toLowerCase()) || w === 'and' || w === 'or') &&
      !/\d/.test(gap)
    ) {
      last.end = word.end;
      last.generic = last.generic && word.generic;
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
    if (isNumeric(token) || PHRASE_STOP.has(token.lower) || !/^[\p{L}]/u.test(token.text)) break;
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
  if (index < 0) return phrase;
  const before = text.slice(0, tokens[index].end);

  if (isNumeric(tokens[index])) {
    let first = index;
    while (
      first > 0 &&
      (isNumeric(tokens[first - 1]) ||
        (tokens[first - 1].lower === 'and' && first > 1 && isNumberWord(tokens[first - 2].text)))
    )
      first--;
    const parsed = parseNumberAt(
      tokens.map((token) => token.text),
      first,
    );
    if (!parsed) return phrase;
    phrase.countStart = tokens[first].start;
    const leading = text.slice(0, tokens[first].start);
    if (
      APPROXIMATE_BEFORE.test(leading) ||
      (/\b(?:to|or|and|-|–)\s*$/.test(leading) &&
        /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:to|or|-|–)\s*$/i.test(
          leading.slice(-20),
        ))
    ) {
      phrase.count = null;
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
    return phrase;
  }
  const word = tokens[index].lower;
  if (VAGUE_BEFORE.test(before)) {
    phrase.count = null;
    return phrase;
  }
  if (word === 'both') {
    phrase.count = 2;
    phrase.countStart = tokens[index].start;
    return phrase;
  }
  if (['the', 'its', 'their', 'these', 'those'].includes(word)) {
    const share = /(\d[\d,]*|\b[a-z]+(?:-[a-z]+)?)\s+(?:out )?of\s+(?:the|its|their|these|those)\s*$/i.exec(
      before,
    );
    const value = share ? parseNumberToken(share[1]) : undefined;
    if (share && value !== undefined && !APPROXIMATE_BEFORE.test(before.slice(0, share.index))) {
      phrase.count = value;
      phrase.countStart = share.index;
      phrase.share = true;
    }
    if (/\ball(?: of)? the\s*$/i.test(before)) phrase.all = true;
    return phrase;
  }
  if (
    ['a', 'an', 'one', 'single'].includes(word) &&
    !phrase.attackNoun &&
    !/s$/i.test(text.slice(phrase.start, phrase.end))
  ) {
    phrase.count = 1;
    phrase.countStart = tokens[word === 'single' && index > 0 ? index - 1 : index].start;
  }
  return phrase;
}

/** "100 drones and missiles": one figure for two classes is a combined, unspecified figure. */
function markCombined(text: string, phrases: WeaponPhrase[]): void {
  for (let i = 0; i + 1 < phrases.length; i++) {
    const [first, second] = [phrases[i], phrases[i + 1]];
    if (first.weapon === second.weapon || second.count !== undefined || typeof first.count !== 'number')
      continue;
    if (
      !/^\s*(?:,\s*)?(?:and|or|\/)\s*$/i.test(
        text
          .slice(first.end, second.start)
          .replace(/\s[\p{L}-]+(?=\s)/gu, (m) => (/\b(?:and|or)\b/.test(m) ? m : '')),
      )
    )
      continue;
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
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (used.has(token.start) || !isNumeric(token)) continue;
    if (/^\d{4}$/.test(token.text) || /^\d+\.\d/.test(token.text)) continue;
    const parsed = parseNumberAt(
      tokens.map((t) => t.text),
      i,
    );
    if (!parsed) continue;
    const last = tokens[i + parsed.length - 1];
    const after = text.slice(last.end, last.end + 40);
    const before = text.slice(0, token.start);
    i += parsed.length - 1;
    if (!BACK_REFERENCE_AFTER.test(after) || /^\s*[.,;]\s*\d/.test(after)) continue;
    if (
      APPROXIMATE_BEFORE.test(before) ||
      /[:/]\s*$|\b(?:at|on|in|since|by|from|until|of|No\.?|number)\s*$/i.test(before)
    )
      continue;
    const role = roleAt(token.start, last.end, cues, breaks);
    const [clauseStart, clauseEnd] = clauseOf(token.start, breaks);
    const hasOwnCue = cues.some(
      (cue) => cue.kind !== 'launch' && cue.start >= clauseStart && cue.end <= clauseEnd,
    );
    if (role === 'launched' || !hasOwnCue) continue;
    found.push({ count: parsed.value, role, start: token.start });
  }
  return found;
}
