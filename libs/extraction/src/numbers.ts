/**
 * Counts as the news writes them: digits ("1,000"), number words ("twenty-three", "two hundred"),
 * and the few determiners the contract treats as exact ("a", "a single", "both").
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Every number word, "one" to "million" and "twenty-one" to "ninety-nine": every token of a sentence with a weapon is asked. */
const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  ...Object.keys(TENS).flatMap((tens) =>
    ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((unit) => `${tens}-${unit}`),
  ),
]);

export const isNumberWord = (word: string): boolean => NUMBER_WORDS.has(word.toLowerCase());

/** The value of one numeric token ("54", "1,000", "fifteen", "twenty-three"), or undefined. */
export function parseNumberToken(token: string): number | undefined {
  if (/^\d{1,3}(,\d{3})+$/.test(token)) return Number(token.replace(/,/g, ''));
  if (/^\d+$/.test(token)) return Number(token);
  const lower = token.toLowerCase();
  if (Object.hasOwn(UNITS, lower)) return UNITS[lower];
  if (Object.hasOwn(TENS, lower)) return TENS[lower];
  const compound = /^(\w+)-(\w+)$/.exec(lower);
  if (
    compound &&
    Object.hasOwn(TENS, compound[1]) &&
    Object.hasOwn(UNITS, compound[2]) &&
    UNITS[compound[2]] < 10
  ) {
    return TENS[compound[1]] + UNITS[compound[2]];
  }
  return undefined;
}

/**
 * Reads a number written over several tokens ("two hundred and fifty", "1.5 million" is not a count),
 * starting at `tokens[from]`. Returns the value and how many tokens it used.
 */
export function parseNumberAt(
  tokens: readonly string[],
  from: number,
): { value: number; length: number } | undefined {
  const first = parseNumberToken(tokens[from] ?? '');
  if (first === undefined) return undefined;
  let total = 0;
  let current = first;
  let index = from + 1;
  while (index < tokens.length) {
    const word = tokens[index].toLowerCase();
    if (Object.hasOwn(SCALES, word) && current > 0) {
      current *= SCALES[word];
      if (SCALES[word] >= 1000) {
        total += current;
        current = 0;
      }
      index++;
      continue;
    }
    const next = parseNumberToken(tokens[index]);
    const afterAnd = word === 'and' ? parseNumberToken(tokens[index + 1] ?? '') : undefined;
    if (
      next !== undefined &&
      !/^\d/.test(tokens[index]) &&
      current % 100 === 0 &&
      current > 0 &&
      next < 100
    ) {
      current += next;
      index++;
      continue;
    }
    if (afterAnd !== undefined && !/^\d/.test(tokens[index + 1]) && current >= 100 && afterAnd < 100) {
      current += afterAnd;
      index += 2;
      continue;
    }
    break;
  }
  return { value: total + current, length: index - from };
}

/** Words before a figure that make it approximate or open-ended: the contract counts those as null. */
export const APPROXIMATE_BEFORE =
  /\b(?:about|around|some|nearly|almost|roughly|approximately|more than|over|at least|up to|fewer than|less than|close to|an estimated|upwards of|as many as|in excess of|under|just over|just under|well over|no fewer than|no less than|tens of|hundreds of|thousands of)\s*$/i;

/** Parses a whole phrase that is only a number ("fifteen", "1,200", "two hundred"): for callers with free text. */
export function parseCount(phrase: string): number | undefined {
  const tokens = phrase.trim().split(/\s+/);
  const parsed = parseNumberAt(tokens, 0);
  return parsed && parsed.length === tokens.length ? parsed.value : undefined;
}
