import { $enclosingIndicatorNode } from '@roundtable/editor';
import { $getSelection, $isRangeSelection } from 'lexical';

/**
 * The id of the indicator the caret is in (a selection's focus, the end that
 * moves), or null (no range selection, or outside every indicator). Call
 * inside `editor.read`.
 */
export function $selectedIndicatorId(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $enclosingIndicatorNode(selection.focus.getNode())?.getIndicatorId() ?? null;
}
