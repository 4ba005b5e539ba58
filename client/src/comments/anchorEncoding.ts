import * as Y from 'yjs';

/** Bytes as standard base64 (what the server's schema and `Buffer.from(.., 'base64')` read). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A Yjs relative position as a thread anchor stores it (`start` / `end`). */
export function encodeAnchorPosition(position: Y.RelativePosition): string {
  return bytesToBase64(Y.encodeRelativePosition(position));
}

/** The relative position of an anchor end, or null when the text is not one. */
export function decodeAnchorPosition(encoded: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(base64ToBytes(encoded));
  } catch {
    return null;
  }
}
