import { createDOMRange } from '@lexical/selection';
import { decodeAnchorPosition } from '@roundtable/draft';
import { INDICATOR_BODY_CLASS } from '@roundtable/editor';
import type { ThreadAnchor } from '@roundtable/profile';
import { $getNodeByKey, type LexicalEditor } from 'lexical';
import type { CollabBinding } from '../editor/createCursorRefresher.ts';
import { findIndicatorElement } from '../editor/findIndicatorElement.ts';
import type { AnchorState } from './AnchorRegistry.ts';
import { $resolvePositions, isBindingV1 } from './collabPositions.ts';
import { findQuoteRange, sameText } from './findQuote.ts';

/** The DOM range an anchor's Yjs positions resolve to in the editor now, or null. */
export function anchorRange(
  editor: LexicalEditor,
  binding: CollabBinding | null,
  anchor: ThreadAnchor,
): { range: Range; spansBlocks: boolean } | null {
  if (!isBindingV1(binding)) return null;
  const start = decodeAnchorPosition(anchor.start);
  const end = decodeAnchorPosition(anchor.end);
  if (start === null || end === null) return null;
  return editor.getEditorState().read(() => {
    const resolved = $resolvePositions(binding, start, end);
    if (resolved === null) return null;
    const anchorNode = $getNodeByKey(resolved.anchorKey);
    const focusNode = $getNodeByKey(resolved.focusKey);
    if (anchorNode === null || focusNode === null) return null;
    const range = createDOMRange(editor, anchorNode, resolved.anchorOffset, focusNode, resolved.focusOffset);
    return range === null || range.collapsed ? null : { range, spansBlocks: resolved.spansBlocks };
  });
}

/**
 * The painted range of an anchor and what it says about the text: its own
 * range when that still holds the quote; else the quote found again in the
 * finding near it (formatting part of the text makes @lexical/yjs rewrite it,
 * which moves Yjs positions); else its own range, changed by edits.
 */
export function locateAnchor(
  editor: LexicalEditor,
  binding: CollabBinding | null,
  anchor: ThreadAnchor,
  indicatorId: string,
): { range: Range; state: AnchorState } | null {
  const found = anchorRange(editor, binding, anchor);
  if (found !== null && sameText(found.range.toString(), anchor.quote)) {
    return { range: found.range, state: { present: true, spansBlocks: found.spansBlocks, exact: true } };
  }
  const root = editor.getRootElement();
  const body =
    root === null ? null : findIndicatorElement(indicatorId, root)?.querySelector(`.${INDICATOR_BODY_CLASS}`);
  const again = body == null ? null : findQuoteRange(body, anchor.quote, found?.range ?? null);
  if (again !== null) return { range: again, state: { present: true, spansBlocks: false, exact: false } };
  return found === null
    ? null
    : { range: found.range, state: { present: true, spansBlocks: found.spansBlocks, exact: false } };
}
