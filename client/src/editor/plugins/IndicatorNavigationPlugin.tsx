import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isIndicatorNode } from '@roundtable/editor';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { isTextEntry } from '../../meeting/shortcuts/isTextEntry.ts';
import { focusIndicator } from '../focusIndicator.ts';
import { $selectedIndicatorId } from '../selectedIndicatorId.ts';

function $indicatorIds(): string[] {
  return $getRoot()
    .getChildren()
    .filter($isIndicatorNode)
    .map((n) => n.getIndicatorId());
}

/** A field of its own (the arrows move in it, or open it): any input or select, and what the meeting's keys leave alone. */
function isField(target: EventTarget | null): boolean {
  return isTextEntry(target) || target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
}

interface IndicatorNavigationPluginProps {
  /** The indicator in view, used when the caret is not in any indicator. */
  getIndicatorInView: () => string | null;
}

/** Alt+ArrowDown / Alt+ArrowUp: next / previous indicator, from the caret or from what is in view. */
export function IndicatorNavigationPlugin({ getIndicatorInView }: IndicatorNavigationPluginProps): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      if (isField(event.target)) return;
      const [ids, selected] = editor.read(() => [$indicatorIds(), $selectedIndicatorId()] as const);
      if (ids.length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      const current = selected ?? getIndicatorInView();
      const index = current === null ? -1 : ids.indexOf(current);
      const nextIndex =
        event.key === 'ArrowDown' ? Math.min(index + 1, ids.length - 1) : index === -1 ? 0 : Math.max(index - 1, 0);
      const next = ids[nextIndex];
      if (next !== undefined) focusIndicator(editor, next);
    };
    // Capture phase: runs before Lexical's own arrow-key handling in the editor.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [editor, getIndicatorInView]);
  return null;
}
