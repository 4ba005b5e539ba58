import type { OutlineDomain } from '@roundtable/editor';
import { type JSX, useId, useState } from 'react';
import { CommentFiltersPanel } from './CommentFiltersPanel.tsx';
import { activeFilterCount, type CommentFilters } from './commentFilters.ts';

interface CommentFiltersBarProps {
  filters: CommentFilters;
  onChange: (filters: CommentFilters) => void;
  indicatorInView: string | null;
  domains: readonly OutlineDomain[];
  organisations: readonly string[];
}

/** Scope (indicator in view or all) and the filters by status, type, domain, indicator and organisation. */
export function CommentFiltersBar(props: CommentFiltersBarProps): JSX.Element {
  const { filters, onChange, indicatorInView } = props;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = activeFilterCount(filters) + (filters.status === 'any' ? 0 : 1);

  return (
    <div className="rt-filters">
      <div className="rt-filters__row">
        <fieldset className="rt-segmented" aria-label="Which comments">
          <button
            type="button"
            aria-pressed={filters.scope === 'in-view'}
            onClick={() => onChange({ ...filters, scope: 'in-view' })}
            title="The comments of the indicator you are reading"
          >
            In view{indicatorInView === null ? '' : ` · ${indicatorInView}`}
          </button>
          <button
            type="button"
            aria-pressed={filters.scope === 'all'}
            onClick={() => onChange({ ...filters, scope: 'all' })}
          >
            All
          </button>
        </fieldset>
        <button
          type="button"
          className={`rt-filters__toggle${count > 0 ? ' rt-filters__toggle--active' : ''}`}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M2 3.5h12M4.5 8h7M7 12.5h2" />
          </svg>
          Filters{count > 0 ? ` · ${count}` : ''}
        </button>
      </div>
      {open && <CommentFiltersPanel id={panelId} {...props} count={count} />}
    </div>
  );
}
