import type { Binding } from '@lexical/yjs';
import { encodeAnchorPosition } from '@roundtable/draft';
import { $enclosingIndicatorNode } from '@roundtable/editor';
import { clipQuote, type ThreadAnchor } from '@roundtable/profile';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  getDOMSelection,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { $relativePositionOfPoint } from './collabPositions.ts';

/** What a new thread is about: an indicator, and optionally a range of its finding. */
export interface CommentTarget {
  indicatorId: string;
  anchor?: ThreadAnchor;
}

/**
 * The selection as the person sees it: the DOM selection when it lies in the
 * editor (read-only editors included), else Lexical's own.
 */
function $currentSelection(editor: LexicalEditor): RangeSelection | null {
  const root = editor.getRootElement();
  const dom = getDOMSelection(editor._window);
  if (root !== null && dom !== null && dom.rangeCount > 0 && root.contains(dom.anchorNode)) {
    const fromDom = $createRangeSelectionFromDom(dom, editor);
    if (fromDom !== null) return fromDom;
  }
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection : null;
}

/**
 * The target of a comment on the current selection (inside `editor.read`):
 * the selected text of one finding, anchored with Yjs relative positions
 * that follow the text through everyone's edits; the whole indicator when the
 * selection is a caret in it; null when it is outside every finding or spans
 * two indicators. Without a binding, the text cannot be anchored and the
 * comment goes to the whole indicator.
 */
export function $commentTargetFromSelection(editor: LexicalEditor, binding: Binding | null): CommentTarget | null {
  const selection = $currentSelection(editor);
  if (selection === null) return null;
  const indicator = $enclosingIndicatorNode(selection.anchor.getNode());
  if (indicator === null || indicator !== $enclosingIndicatorNode(selection.focus.getNode())) return null;
  const indicatorId = indicator.getIndicatorId();
  if (selection.isCollapsed() || binding === null) return { indicatorId };
  const quote = selection.getTextContent();
  if (quote.trim() === '') return { indicatorId };
  const [first, last] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  // Text typed right before or after the range stays outside it.
  const start = $relativePositionOfPoint(first, binding, 0);
  const end = $relativePositionOfPoint(last, binding, -1);
  if (start === null || end === null) return { indicatorId };
  return {
    indicatorId,
    anchor: {
      start: encodeAnchorPosition(start),
      end: encodeAnchorPosition(end),
      quote: clipQuote(quote),
    },
  };
}
