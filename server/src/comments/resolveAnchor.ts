import { decodeAnchorPosition, enclosingIndicatorId, findIndicator, textBetween } from '@roundtable/draft';
import type { ThreadAnchor } from '@roundtable/profile';
import * as Y from 'yjs';

/** What an anchor points at in a draft document, as the server reads it. */
export type AnchorResolution =
  /** Both ends are in the indicator; `quote` is the text between them now. */
  | { kind: 'resolved'; start: Y.AbsolutePosition; end: Y.AbsolutePosition; quote: string }
  /** Not a pair of Yjs relative positions. */
  | { kind: 'unreadable' }
  /** An end refers to an edit this document has not received (yet). */
  | { kind: 'unknown' }
  /** An end refers to content that no longer exists, or the range holds no text any more. */
  | { kind: 'gone' }
  /** An end lies outside the indicator: in indicator `foundIn`, or in no indicator when null. */
  | { kind: 'outside'; foundIn: string | null };

/**
 * Reads `anchor` against the draft `doc`, requiring both ends inside the
 * indicator `indicatorId`: the server's own view of what a thread is about,
 * whatever the client claimed. The ends may lie in different paragraphs of
 * the indicator; the quote then has one line per paragraph.
 */
export function resolveAnchor(doc: Y.Doc, anchor: ThreadAnchor, indicatorId: string): AnchorResolution {
  const start = decodeAnchorPosition(anchor.start);
  const end = decodeAnchorPosition(anchor.end);
  if (start === null || end === null) return { kind: 'unreadable' };
  if (refersToUnseenEdit(doc, start) || refersToUnseenEdit(doc, end)) return { kind: 'unknown' };
  // A position naming a top-level type is at the edge of the whole draft, never in an indicator; reading it
  // would also make Yjs create a top-level type of any name the client chose.
  if (start.tname !== null || end.tname !== null) return { kind: 'outside', foundIn: null };
  const absoluteStart = Y.createAbsolutePositionFromRelativePosition(start, doc);
  const absoluteEnd = Y.createAbsolutePositionFromRelativePosition(end, doc);
  if (absoluteStart === null || absoluteEnd === null) return { kind: 'gone' };
  for (const position of [absoluteStart, absoluteEnd]) {
    const foundIn = enclosingIndicatorId(position.type);
    if (foundIn !== indicatorId) return { kind: 'outside', foundIn };
  }
  const indicator = findIndicator(doc, indicatorId);
  const quote = indicator === undefined ? null : textBetween(indicator, absoluteStart, absoluteEnd);
  if (quote === null || quote.trim() === '') return { kind: 'gone' };
  return { kind: 'resolved', start: absoluteStart, end: absoluteEnd, quote };
}

/**
 * {@link resolveAnchor}, waiting up to `timeoutMs` for draft edits the anchor
 * names but `doc` has not received yet: a client's last keystrokes travel by
 * websocket, its comment on them by HTTP, and either may arrive first.
 */
export async function resolveAnchorWhenSeen(
  doc: Y.Doc,
  anchor: ThreadAnchor,
  indicatorId: string,
  timeoutMs: number,
): Promise<AnchorResolution> {
  let resolution = resolveAnchor(doc, anchor, indicatorId);
  if (resolution.kind !== 'unknown') return resolution;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      clearTimeout(timer);
      doc.off('afterTransaction', check);
      resolve();
    };
    const check = (): void => {
      resolution = resolveAnchor(doc, anchor, indicatorId);
      if (resolution.kind !== 'unknown') stop();
    };
    const timer = setTimeout(stop, timeoutMs);
    doc.on('afterTransaction', check);
  });
  return resolution;
}

/** True when `position` names an item past what `doc` holds of its client's edits. */
function refersToUnseenEdit(doc: Y.Doc, position: Y.RelativePosition): boolean {
  const id = position.item ?? position.type;
  return id !== null && Y.getState(doc.store, id.client) <= id.clock;
}
