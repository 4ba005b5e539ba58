import { draftRoot, encodeAnchorPosition, walkContent } from '@roundtable/draft';
import * as Y from 'yjs';

/**
 * Test support: the first element of a draft whose own characters contain
 * `needle`, and the needle's index in it (an embed counts one).
 */
export function findInDraft(doc: Y.Doc, needle: string): { type: Y.XmlText; index: number } {
  for (const piece of walkContent(draftRoot(doc))) {
    if (piece.kind !== 'text') continue;
    const at = piece.text.indexOf(needle);
    if (at >= 0) return { type: piece.type, index: piece.index + at };
  }
  throw new Error(`"${needle}" is not in the draft`);
}

/** Test support: the characters of an element's own text runs, embeds and nested elements left out. */
export function stringRunsOf(type: Y.XmlText): string {
  let text = '';
  for (const piece of walkContent(type)) if (piece.kind === 'text' && piece.type === type) text += piece.text;
  return text;
}

/** Test support: a relative position at `index` of `type`, base64 as a thread anchor holds it. */
export function encodePosition(type: Y.XmlText, index: number, assoc: number): string {
  return encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(type, index, assoc));
}

/** Test support: an anchor over the first occurrence of `needle`, quoting `quote` (the needle unless given). */
export function anchorOn(doc: Y.Doc, needle: string, quote = needle): { start: string; end: string; quote: string } {
  const { type, index } = findInDraft(doc, needle);
  return { start: encodePosition(type, index, 0), end: encodePosition(type, index + needle.length, -1), quote };
}
