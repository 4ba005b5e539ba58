/**
 * Helpers to encode a frame into one buffer of its exact size. lib0's
 * `Encoder` starts with a 100-byte buffer, doubles it as it fills, and
 * copies the parts into the result: three or more ArrayBuffers for a
 * 200-byte presence frame, each allocated outside V8's heap (about 2 µs
 * apiece on the server, plus the sweeping of each by V8's background
 * threads), and strings go in byte by byte. Measuring first and writing once
 * makes one. The bytes are lib0's: `writeVarUint`'s layout, and strings as
 * `TextEncoder` writes them (a lone surrogate as U+FFFD).
 */

/** Bytes of `n` (a non-negative integer) as a lib0 varUint. */
export function varUintSize(n: number): number {
  let size = 1;
  for (let rest = Math.floor(n / 128); rest > 0; rest = Math.floor(rest / 128)) size++;
  return size;
}

/** Writes `n` as a lib0 varUint at `pos`; returns the position after it. */
export function writeVarUint(target: Uint8Array, pos: number, n: number): number {
  let rest = n;
  while (rest > 0x7f) {
    target[pos++] = 0x80 | (rest & 0x7f);
    rest = Math.floor(rest / 128);
  }
  target[pos++] = rest;
  return pos;
}

/** Bytes of `text` in UTF-8, as `TextEncoder` encodes it (a lone surrogate takes 3, as U+FFFD). */
export function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 4;
        i++;
      } else length += 3;
    } else length += 3;
  }
  return length;
}

const utf8 = new TextEncoder();

/** Writes `text` as a lib0 varString (varUint byte length, then UTF-8) at `pos`; returns the position after it. */
export function writeVarString(target: Uint8Array, pos: number, text: string, byteLength: number): number {
  const start = writeVarUint(target, pos, byteLength);
  if (byteLength > 0) utf8.encodeInto(text, target.subarray(start, start + byteLength));
  return start + byteLength;
}
