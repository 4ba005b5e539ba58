import { encodeAnchorPosition, findIndicator, walkContent } from '@roundtable/draft';
import type { ThreadAnchor } from '@roundtable/profile';
import * as Y from 'yjs';

/** An anchor on the first occurrence of `quote` in indicator `indicatorId`'s finding, as a client makes one (test support). */
export function anchorFor(doc: Y.Doc, indicatorId: string, quote: string): ThreadAnchor {
  const indicator = findIndicator(doc, indicatorId);
  if (indicator === undefined) throw new Error(`no indicator ${indicatorId}`);
  for (const piece of walkContent(indicator)) {
    if (piece.kind !== 'text') continue;
    const at = piece.text.indexOf(quote);
    if (at < 0) continue;
    const start = Y.createRelativePositionFromTypeIndex(piece.type, piece.index + at);
    const end = Y.createRelativePositionFromTypeIndex(piece.type, piece.index + at + quote.length);
    return { start: encodeAnchorPosition(start), end: encodeAnchorPosition(end), quote };
  }
  throw new Error(`"${quote}" is not in ${indicatorId}`);
}
