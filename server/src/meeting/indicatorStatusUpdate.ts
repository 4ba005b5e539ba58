import { findIndicator, setAttributeUpdate } from '@roundtable/draft';
import type { IndicatorStatus } from '@roundtable/profile';
import type * as Y from 'yjs';

/**
 * The update that sets an indicator's consultation status in the draft: the
 * IndicatorNode's `__status` property, which @lexical/yjs keeps as an
 * attribute of the node's XmlText. Built from `doc` without changing it;
 * `undefined` when the draft has no such indicator, null when the status is
 * already `status`.
 */
export function indicatorStatusUpdate(
  doc: Y.Doc,
  indicatorId: string,
  status: IndicatorStatus,
  client: number,
): Uint8Array | null | undefined {
  const indicator = findIndicator(doc, indicatorId);
  if (indicator === undefined) return undefined;
  return setAttributeUpdate(doc, indicator, '__status', status, client);
}
