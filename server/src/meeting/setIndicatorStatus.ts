import type { IndicatorStatus } from '@roundtable/profile';
import * as Y from 'yjs';

/**
 * Sets an indicator's consultation status in the draft document: the
 * IndicatorNode's `__status` property, which @lexical/yjs keeps as an
 * attribute of the node's XmlText. Returns false when no such indicator exists.
 */
export function setIndicatorStatus(doc: Y.Doc, indicatorId: string, status: IndicatorStatus): boolean {
  const node = findIndicator(doc.get('root', Y.XmlText), indicatorId);
  if (!node) return false;
  if (node.getAttribute('__status') !== status) node.setAttribute('__status', status);
  return true;
}

function findIndicator(type: Y.XmlText, indicatorId: string): Y.XmlText | undefined {
  for (const op of type.toDelta() as { insert: unknown }[]) {
    if (!(op.insert instanceof Y.XmlText)) continue;
    if (op.insert.getAttribute('__indicatorId') === indicatorId) return op.insert;
    const nested = findIndicator(op.insert, indicatorId);
    if (nested) return nested;
  }
  return undefined;
}
