import { walkContent } from '@roundtable/draft';
import type { ThreadAnchor } from '@roundtable/profile';
import * as Y from 'yjs';
import { resolveAnchor } from './resolveAnchor.ts';

export type ApplyResult =
  | 'applied'
  | 'text-gone'
  | 'text-changed'
  | 'spans-blocks'
  | 'outside-indicator'
  | 'invalid-anchor';

/**
 * Replaces the anchored text of indicator `indicatorId` with `text`, as if
 * typed: the characters between the anchor's relative positions are deleted
 * (node property embeds are kept, so formatting runs stay intact) and `text`
 * is inserted where the range starts. The anchor is read again here, so a
 * change never reaches outside the thread's indicator. Runs inside a server
 * change on the draft.
 */
export function applyProposal(doc: Y.Doc, anchor: ThreadAnchor, indicatorId: string, text: string): ApplyResult {
  const resolved = resolveAnchor(doc, anchor, indicatorId);
  if (resolved.kind === 'unreadable') return 'invalid-anchor';
  if (resolved.kind === 'outside') return 'outside-indicator';
  if (resolved.kind !== 'resolved') return 'text-gone';
  const { start, end } = resolved;
  if (start.type !== end.type || !(start.type instanceof Y.XmlText)) return 'spans-blocks';
  const type = start.type;
  const from = start.index;
  const to = end.index;
  // Collect the string runs inside [from, to) and their text, then delete them from the end so indexes stay valid.
  const runs: [number, number][] = [];
  let anchored = '';
  for (const piece of walkContent(type)) {
    if (piece.type !== type) continue;
    if (piece.index >= to) break;
    if (piece.kind !== 'text') continue;
    const a = Math.max(from, piece.index);
    const b = Math.min(to, piece.index + piece.text.length);
    if (a < b) {
      runs.push([a, b - a]);
      anchored += piece.text.slice(a - piece.index, b - piece.index);
    }
  }
  if (runs.length === 0) return 'text-gone';
  // Formatting part of a run makes Lexical rewrite it, which can move the anchor's ends:
  // apply only while the anchored text is still the text the thread quoted.
  if (normalise(anchored) !== normalise(anchor.quote)) return 'text-changed';
  for (const [index, length] of runs.reverse()) type.delete(index, length);
  const insertAt = (runs.at(-1) as [number, number])[0];
  type.insert(insertAt, text);
  return 'applied';
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
