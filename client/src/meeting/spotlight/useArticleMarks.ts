import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INDICATOR_CLASS } from '@roundtable/editor';
import type { MeetingTarget } from '@roundtable/meeting';
import { useEffect } from 'react';
import { registerBlockListener } from '../../editor/registerBlockListener.ts';
import { targetElement } from './targetElement.ts';

/**
 * Marks blocks of the draft for styling: `data-on-table` on what is on the
 * table (an indicator, or a domain's or section's heading), `data-locked` on
 * locked indicators. Applied again whenever a block is created or redrawn
 * (not on every keystroke: typing inside a finding leaves the blocks' elements alone).
 */
export function useArticleMarks(spotlight: MeetingTarget | null, isLocked: (indicatorId: string) => boolean): void {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const apply = (): void => {
      const root = editor.getRootElement();
      if (root === null) return;
      const onTable = spotlight === null ? null : targetElement(spotlight, root);
      for (const marked of root.querySelectorAll<HTMLElement>('[data-on-table]')) {
        if (marked !== onTable) toggle(marked, 'onTable', false);
      }
      if (onTable !== null) toggle(onTable, 'onTable', true);
      for (const article of root.querySelectorAll<HTMLElement>(`.${INDICATOR_CLASS}[data-indicator-id]`)) {
        toggle(article, 'locked', isLocked(article.dataset.indicatorId ?? ''));
      }
    };
    apply();
    return registerBlockListener(editor, apply);
  }, [editor, spotlight, isLocked]);
}

function toggle(element: HTMLElement, key: 'onTable' | 'locked', on: boolean): void {
  if (on && element.dataset[key] !== 'true') element.dataset[key] = 'true';
  else if (!on && key in element.dataset) delete element.dataset[key];
}
