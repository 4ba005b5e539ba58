import { draftRoot, findIndicator, nodeTypeOf } from '@roundtable/draft';
import * as Y from 'yjs';

/**
 * Edits a draft the way the app's editor does (@lexical/yjs layout), so
 * tests pass the server's write policy: text goes into a paragraph after a
 * text node's property map. Every draft, even an empty one, has a Summary
 * paragraph; demo drafts have indicators.
 */

/** Where a test types: the Summary's first paragraph, or the first paragraph of an indicator's finding. */
export type DraftSpot = 'summary' | { indicatorId: string };

/** The paragraph (an XmlText) at `spot`; throws when the document has not synced it yet. */
export function paragraphAt(doc: Y.Doc, spot: DraftSpot = 'summary'): Y.XmlText {
  const container = spot === 'summary' ? draftRoot(doc) : findIndicator(doc, spot.indicatorId);
  if (container === undefined) throw new Error(`paragraphAt: no indicator ${JSON.stringify(spot)}`);
  let afterSummary = spot !== 'summary';
  for (const op of container.toDelta() as { insert: unknown }[]) {
    const node = op.insert;
    if (node instanceof Y.XmlElement && node.getAttribute('__anchor') === 'summary') afterSummary = true;
    if (afterSummary && node instanceof Y.XmlText && nodeTypeOf(node) === 'paragraph') return node;
  }
  throw new Error(`paragraphAt: no paragraph at ${JSON.stringify(spot)} (not synced yet?)`);
}

/** Types `text` at character `index` of the paragraph at `spot`, creating its text node if it has none. */
export function typeInDraft(doc: Y.Doc, text: string, index = 0, spot: DraftSpot = 'summary'): void {
  const paragraph = paragraphAt(doc, spot);
  doc.transact(() => {
    const first = (paragraph.toDelta() as { insert: unknown }[])[0]?.insert;
    if (!(first instanceof Y.Map)) {
      const map = new Y.Map<unknown>();
      paragraph.insertEmbed(0, map);
      for (const [key, value] of Object.entries({ __type: 'text', __format: 0, __style: '', __mode: 0, __detail: 0 })) {
        map.set(key, value);
      }
    }
    paragraph.insert(1 + index, text);
  });
}

/** Deletes `length` characters at `index` of the paragraph at `spot`. */
export function deleteInDraft(doc: Y.Doc, index: number, length: number, spot: DraftSpot = 'summary'): void {
  paragraphAt(doc, spot).delete(1 + index, length);
}

/** The characters of the paragraph at `spot` (empty when the document lacks it). */
export function textAt(doc: Y.Doc | undefined, spot: DraftSpot = 'summary'): string {
  if (doc === undefined) return '';
  try {
    return (paragraphAt(doc, spot).toDelta() as { insert: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  } catch {
    return '';
  }
}
