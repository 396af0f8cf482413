const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Stable across processes and releases (FNV-1a over the key's UTF-8 bytes): a key must land in the same
 * partition every time, or its per-key order is lost.
 */
export function partitionForKey(key: string, partitionCount: number): number {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of Buffer.from(key, 'utf8')) {
    hash = Math.imul(hash ^ byte, FNV_PRIME) >>> 0;
  }
  return hash % partitionCount;
}
