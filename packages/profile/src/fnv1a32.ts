/**
 * The 32-bit FNV-1a hash of `text`'s UTF-16 code units, as an unsigned
 * integer. Not for security: a fast, well-spread hash that gives the same
 * number for the same text on every machine (a person's colour, the client
 * id a consultation's seed is written with).
 *
 * @example
 * fnv1a32(''); // 2166136261 (0x811c9dc5, the offset basis)
 * fnv1a32('a'); // 3826002220 (0xe40c292c)
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
