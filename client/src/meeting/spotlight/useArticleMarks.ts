import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INDICATOR_CLASS } from '@roundtable/editor';
import { useEffect } from 'react';

/**
 * Marks indicator blocks in the draft for styling: `data-on-table` on the one
 * on the table, `data-locked` on locked ones. Applied again after every
 * editor update, since the indicator node may redraw its block.
 */
export function useArticleMarks(onTable: string | null, isLocked: (indicatorId: string) => boolean): void {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const apply = (): void => {
      const root = editor.getRootElement();
      if (root === null) return;
      for (const article of root.querySelectorAll<HTMLElement>(`.${INDICATOR_CLASS}[data-indicator-id]`)) {
        const id = article.dataset.indicatorId ?? '';
        toggle(article, 'onTable', id === onTable);
        toggle(article, 'locked', isLocked(id));
      }
    };
    apply();
    return editor.registerUpdateListener(apply);
  }, [editor, onTable, isLocked]);
}

function toggle(element: HTMLElement, key: 'onTable' | 'locked', on: boolean): void {
  if (on && element.dataset[key] !== 'true') element.dataset[key] = 'true';
  else if (!on && key in element.dataset) delete element.dataset[key];
}
