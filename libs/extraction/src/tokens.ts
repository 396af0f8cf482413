import { allMatches } from './matches';

/** Word tokens with offsets into the text they came from. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN =
  /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?![\p{L}])|[\p{L}\p{N}]+(?:[-‐'’./]{1,2}[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of allMatches(TOKEN, text)) {
    tokens.push({
      text: match[0],
      lower: match[0].toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
