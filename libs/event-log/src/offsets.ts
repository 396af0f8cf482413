const DECIMAL_OFFSET = /^(0|[1-9][0-9]*)$/;

/** Offsets cross the port as decimal strings; arithmetic on them happens in bigint, never in number. */
export function parseOffset(offset: string): bigint {
  if (typeof offset !== 'string' || !DECIMAL_OFFSET.test(offset)) {
    throw new RangeError(`an offset is a non-negative decimal string, got ${JSON.stringify(offset)}`);
  }
  return BigInt(offset);
}

/** How many records a read may return: a positive integer, whatever the adapter. */
export function requireReadLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
}
