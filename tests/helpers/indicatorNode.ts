import { $findIndicatorNode, type IndicatorNode } from '@roundtable/editor';

/** The draft's indicator `indicatorId`, for tests: throws when the draft has none. Inside a read or update. */
export function $indicator(indicatorId: string): IndicatorNode {
  const node = $findIndicatorNode(indicatorId);
  if (node === null) throw new Error(`no indicator ${indicatorId}`);
  return node;
}
