const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/**
 * FNV-1a, 64 bit, over the UTF-8 bytes, as 16 hex digits. Chosen over node:crypto so the domain stays
 * free of Node built-ins (it runs unchanged in a browser dashboard or a worker); ids need to be stable and
 * well spread, not secret.
 */
export function fnv1a64(text: string): string {
  let hash = OFFSET_BASIS;
  for (const byte of encoder.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}
