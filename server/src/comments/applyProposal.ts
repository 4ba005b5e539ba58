import { replaceTextUpdate, walkContent } from '@roundtable/draft';
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
 * The update that replaces the anchored text of indicator `indicatorId` with
 * `text`, as if typed: the characters between the anchor's relative
 * positions are deleted (node property embeds are kept, so formatting runs
 * stay intact) and `text` is inserted where the range starts. The anchor is
 * read again here, so a change never reaches outside the thread's indicator.
 * Built from `doc` without changing it (see `replaceTextUpdate`); `update`
 * is null unless `result` is `applied`.
 */
export function proposalUpdate(
  doc: Y.Doc,
  anchor: ThreadAnchor,
  indicatorId: string,
  text: string,
  client: number,
): { result: ApplyResult; update: Uint8Array | null } {
  const checked = checkProposal(doc, anchor, indicatorId);
  if (checked.result !== 'applied') return { result: checked.result, update: null };
  return { result: 'applied', update: replaceTextUpdate(doc, checked.type, checked.from, checked.to, text, client) };
}

type Checked =
  | { result: 'applied'; type: Y.XmlText; from: number; to: number }
  | { result: Exclude<ApplyResult, 'applied'> };

function checkProposal(doc: Y.Doc, anchor: ThreadAnchor, indicatorId: string): Checked {
  const resolved = resolveAnchor(doc, anchor, indicatorId);
  if (resolved.kind === 'unreadable') return { result: 'invalid-anchor' };
  if (resolved.kind === 'outside') return { result: 'outside-indicator' };
  if (resolved.kind !== 'resolved') return { result: 'text-gone' };
  const { start, end } = resolved;
  if (start.type !== end.type || !(start.type instanceof Y.XmlText)) return { result: 'spans-blocks' };
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
  if (runs.length === 0) return { result: 'text-gone' };
  // Formatting part of a run makes Lexical rewrite it, which can move the anchor's ends:
  // apply only while the anchored text is still the text the thread quoted.
  if (normalise(anchored) !== normalise(anchor.quote)) return { result: 'text-changed' };
  return { result: 'applied', type, from, to };
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
