import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INDICATOR_CLASS } from '@roundtable/editor';
import type { MeetingTarget } from '@roundtable/meeting';
import { useEffect } from 'react';
import { registerBlockListener } from '../../editor/registerBlockListener.ts';
import { targetElement } from './targetElement.ts';

/** The words of the badges, in the reader's language: CSS shows them (`attr()`), it cannot translate them. */
export interface ArticleMarkLabels {
  onTable: string;
  locked: string;
}

/**
 * Marks blocks of the draft for styling: `data-on-table` on what is on the
 * table (an indicator, or a domain's or section's heading), `data-locked` on
 * locked indicators, each with its badge's words (`data-badge-on-table`,
 * `data-badge-locked`). Applied again whenever a block is created or redrawn
 * (not on every keystroke: typing inside a finding leaves the blocks' elements alone)
 * and when the language changes.
 */
export function useArticleMarks(
  spotlight: MeetingTarget | null,
  isLocked: (indicatorId: string) => boolean,
  labels: ArticleMarkLabels,
): void {
  const [editor] = useLexicalComposerContext();
  const { onTable: onTableLabel, locked: lockedLabel } = labels;
  useEffect(() => {
    const apply = (): void => {
      const root = editor.getRootElement();
      if (root === null) return;
      const onTable = spotlight === null ? null : targetElement(spotlight, root);
      for (const marked of root.querySelectorAll<HTMLElement>('[data-on-table]')) {
        if (marked !== onTable) toggle(marked, 'onTable', null);
      }
      if (onTable !== null) toggle(onTable, 'onTable', onTableLabel);
      for (const article of root.querySelectorAll<HTMLElement>(`.${INDICATOR_CLASS}[data-indicator-id]`)) {
        toggle(article, 'locked', isLocked(article.dataset.indicatorId ?? '') ? lockedLabel : null);
      }
    };
    apply();
    return registerBlockListener(editor, apply);
  }, [editor, spotlight, isLocked, onTableLabel, lockedLabel]);
}

/** Sets the mark `key` with its badge's words, or removes both (`label` null); touches the element only when it changes. */
function toggle(element: HTMLElement, key: 'onTable' | 'locked', label: string | null): void {
  const labelKey = key === 'onTable' ? 'badgeOnTable' : 'badgeLocked';
  if (label !== null) {
    if (element.dataset[key] !== 'true') element.dataset[key] = 'true';
    if (element.dataset[labelKey] !== label) element.dataset[labelKey] = label;
  } else if (key in element.dataset) {
    delete element.dataset[key];
    delete element.dataset[labelKey];
  }
}
