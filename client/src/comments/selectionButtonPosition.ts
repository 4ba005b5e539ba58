import { INDICATOR_BODY_CLASS } from '@roundtable/editor';

const BUTTON_HEIGHT = 34;
const BUTTON_WIDTH = 116;

function bodyOf(node: Node | null): Element | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest(`.${INDICATOR_BODY_CLASS}`) ?? null;
}

/**
 * Where the floating "Comment" button goes for the DOM selection, relative to
 * `overlay`: above the selection's first line, inside its finding (below its
 * last line when the first is the finding's first, so that the button never
 * covers the header's badges). Null when
 * there is nothing to comment on (no selection, outside the editor, over two
 * findings, only blanks).
 */
export function selectionButtonPosition(
  root: HTMLElement | null,
  overlay: HTMLElement,
): { top: number; left: number } | null {
  const selection = window.getSelection();
  if (root === null || selection === null || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const body = bodyOf(range.startContainer);
  if (body === null || body !== bodyOf(range.endContainer) || range.toString().trim() === '') return null;
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const first = rects[0];
  if (first === undefined) return null;
  const box = overlay.getBoundingClientRect();
  const bodyBox = body.getBoundingClientRect();
  const left = Math.min(Math.max(first.left, bodyBox.left), bodyBox.right - BUTTON_WIDTH) - box.left;
  // Above the first line, unless that is above the finding (over the header's answer badge): then
  // below the last line.
  const above = first.top - BUTTON_HEIGHT - 8;
  const last = rects[rects.length - 1] ?? first;
  const top = above >= bodyBox.top ? above : last.bottom + 8;
  return { top: top - box.top, left };
}
