import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

interface FiltersToggleProps {
  open: boolean;
  /** Filters in use, shown on the button. */
  count: number;
  /** The panel's id, named in `aria-controls` while the panel is shown. */
  panelId: string;
  onToggle: () => void;
}

/** The "Filters" button that shows or hides the filter panel. */
export function FiltersToggle({ open, count, panelId, onToggle }: FiltersToggleProps): JSX.Element {
  const t = useT();
  return (
    <button
      type="button"
      className={`rt-filters__toggle${count > 0 ? ' rt-filters__toggle--active' : ''}`}
      aria-expanded={open}
      // The collapsed panel is not rendered: name it only while it is in the page.
      aria-controls={open ? panelId : undefined}
      onClick={onToggle}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M2 3.5h12M4.5 8h7M7 12.5h2" />
      </svg>
      {count > 0 ? t('comments.filters.toggleCount', { count }) : t('comments.filters.toggle')}
    </button>
  );
}
