import type { ThreadAnchor } from '@roundtable/profile';
import * as Y from 'yjs';

export type ApplyResult = 'applied' | 'text-gone' | 'text-changed' | 'spans-blocks' | 'invalid-anchor';

/**
 * Replaces the anchored text of the draft with `text`, as if typed: the
 * characters between the anchor's relative positions are deleted (node
 * property embeds are kept, so formatting runs stay intact) and `text` is
 * inserted where the range starts. Runs inside a server change on the draft.
 */
export function applyProposal(doc: Y.Doc, anchor: ThreadAnchor, text: string): ApplyResult {
  let start: Y.AbsolutePosition | null;
  let end: Y.AbsolutePosition | null;
  try {
    start = Y.createAbsolutePositionFromRelativePosition(decode(anchor.start), doc);
    end = Y.createAbsolutePositionFromRelativePosition(decode(anchor.end), doc);
  } catch {
    return 'invalid-anchor';
  }
  if (!start || !end) return 'text-gone';
  if (start.type !== end.type || !(start.type instanceof Y.XmlText)) return 'spans-blocks';
  const type = start.type;
  const from = Math.min(start.index, end.index);
  const to = Math.max(start.index, end.index);
  if (from === to) return 'text-gone';
  // Collect the string runs inside [from, to) and their text, then delete them from the end so indexes stay valid.
  const runs: [number, number][] = [];
  let anchored = '';
  let position = 0;
  for (const op of type.toDelta() as { insert: unknown }[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (typeof op.insert === 'string') {
      const a = Math.max(from, position);
      const b = Math.min(to, position + length);
      if (a < b) {
        runs.push([a, b - a]);
        anchored += op.insert.slice(a - position, b - position);
      }
    }
    position += length;
    if (position >= to) break;
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

function decode(base64: string): Y.RelativePosition {
  return Y.decodeRelativePosition(Uint8Array.from(Buffer.from(base64, 'base64')));
}
