const DECIMAL_OFFSET = /^(0|[1-9][0-9]*)$/;

/** Offsets cross the port as decimal strings; arithmetic on them happens in bigint, never in number. */
export function parseOffset(offset: string): bigint {
  if (typeof offset !== 'string' || !DECIMAL_OFFSET.test(offset)) {
    throw new RangeError(`an offset is a non-negative decimal string, got ${JSON.stringify(offset)}`);
  }
  return BigInt(offset);
}
