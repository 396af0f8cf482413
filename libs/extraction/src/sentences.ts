import type { Sentence } from './context';
import { allMatches } from './matches';

/**
 * Sentence splitting with exact offsets into the body. Lines never share a sentence (bullets, headers,
 * datelines); inside a line a sentence ends at . ! ? (and closing quotes) before a capital, digit,
 * quote or bullet, unless the dot ends a known abbreviation or an initial.
 */

const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'gen',
    'lt',
    'col',
    'maj',
    'sgt',
    'capt',
    'gov',
    'sen',
    'rep',
    'prof',
    'jr',
    'sr',
    'no',
    'vs',
    'etc',
    'u.s',
    'u.k',
    'u.n',
    'e.g',
    'i.e',
    'jan',
    'feb',
    'mar',
    'apr',
    'aug',
    'sept',
    'sep',
    'oct',
    'nov',
    'dec',
    'adm',
    'brig',
    'cpl',
    'pvt',
    'rev',
    'a.m',
    'p.m',
    'ft',
    'mt',
    'approx',
    'inc',
    'corp',
    'co',
    'ltd',
  ].map((word) => word.toLowerCase()),
);

const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[•\-–—]?[A-Z0-9"“‘])/g;

/** Lines that are page furniture rather than the article: embedded posts, "related" links, appeals. */
const EMBEDDED_POST = /pic\.twitter\.com|\(@\w+\)|\bt\.co\/|instagram\.com\/p\//i;
const FURNITURE =
  /^(?:related|read more|also read|see also|watch|advertisement|subscribe|sign up|share this|follow us|more on this|recommended|most read|trending)\b/i;
const TERMINAL = /[.!?:"”’)]\s*$/;

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = linesOf(body);
  const firstLine = lines.find((line) => line.text.trim())?.text.trim();
  let paragraph = 0;
  let previousBlank = false;
  let lineNumber = 0;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (!trimmed) {
      previousBlank = true;
      continue;
    }
    if (previousBlank && sentences.length) paragraph++;
    previousBlank = false;
    lineNumber++;
    const isHeadline = lineNumber === 1 && !TERMINAL.test(trimmed);
    if (lineNumber > 1 && isClutterLine(trimmed, firstLine)) continue;
    for (const [start, end] of sentenceSpans(line.text)) {
      const text = line.text.slice(start, end);
      sentences.push({
        index: sentences.length,
        paragraph,
        text,
        start: line.start + start,
        end: line.start + end,
        ...(isHeadline ? { headline: true } : {}),
      });
    }
  }
  return sentences;
}

function isClutterLine(line: string, firstLine: string | undefined): boolean {
  if (EMBEDDED_POST.test(line) || FURNITURE.test(line)) return true;
  if (firstLine && line === firstLine) return true;
  // A mid-body line that is a bare title (several words, no closing punctuation, no label) is a link.
  // Words are counted last: most lines end in punctuation and are settled without splitting them.
  return (
    !TERMINAL.test(line) && !/^[•\-*–—]/.test(line) && !/[:—–]/.test(line) && line.split(/\s+/).length >= 6
  );
}

function linesOf(body: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = 0;
  for (const match of allMatches(/\r?\n/g, body)) {
    lines.push({ text: body.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  lines.push({ text: body.slice(start), start });
  return lines;
}

function sentenceSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = skipSpace(line, 0);
  for (const match of allMatches(SENTENCE_END, line)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1 && endsWithAbbreviation(line, match.index))
      continue;
    if (end > start) spans.push([start, end]);
    start = skipSpace(line, end);
  }
  const last = line.trimEnd().length;
  if (last > start) spans.push([start, last]);
  return spans;
}

const TIME_ZONE_AFTER =
  /^\s+(?:Moscow|Kyiv|Kiev|local|GMT|UTC|[A-Z]{1,4}T\b|Israel|Tehran|Beijing|Washington|Eastern|Central)/;

function endsWithAbbreviation(line: string, dot: number): boolean {
  const word = /([\w.]+)$/.exec(line.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^[A-Z]$/.test(word)) return true;
  // "at 5 a.m. Moscow time" goes on; "shortly before 5 a.m. Destroyed in ..." starts a new sentence.
  if (/^[ap]\.m$/i.test(word)) return TIME_ZONE_AFTER.test(line.slice(dot + 1, dot + 20));
  return ABBREVIATIONS.has(word.toLowerCase());
}

const skipSpace = (text: string, from: number): number => {
  let index = from;
  while (index < text.length && /\s/.test(text[index])) index++;
  return index;
};
