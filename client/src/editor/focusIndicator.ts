import { $findIndicatorNode } from '@roundtable/editor';
import { $isElementNode, type LexicalEditor, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';
import { findIndicatorElement } from './findIndicatorElement.ts';

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Brings an indicator to the top of the reading area and, when the editor is
 * editable, puts the caret at the start of its finding.
 */
export function focusIndicator(editor: LexicalEditor, indicatorId: string): void {
  const element = findIndicatorElement(indicatorId);
  if (element === null) return;
  if (editor.isEditable()) {
    editor.getRootElement()?.focus({ preventScroll: true });
    editor.update(
      () => {
        const first = $findIndicatorNode(indicatorId)?.getFirstChild() ?? null;
        if ($isElementNode(first)) first.selectStart();
      },
      { tag: SKIP_SCROLL_INTO_VIEW_TAG },
    );
  }
  element.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
}
