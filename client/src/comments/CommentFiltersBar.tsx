import type { OutlineDomain } from '@roundtable/editor';
import { type JSX, useId, useState } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { CommentFiltersPanel } from './CommentFiltersPanel.tsx';
import { CommentSearch } from './CommentSearch.tsx';
import { activeFilterCount, type CommentFilters } from './commentFilters.ts';
import { FiltersToggle } from './FiltersToggle.tsx';
import { ScopeToggle } from './ScopeToggle.tsx';

interface CommentFiltersBarProps {
  filters: CommentFilters;
  onChange: (filters: CommentFilters) => void;
  indicatorInView: string | null;
  domains: readonly OutlineDomain[];
  organisations: readonly string[];
  /** Threads listed and threads of the scope, for "3 of 7 comments shown"; null when nothing is narrowed. */
  shown: { count: number; total: number } | null;
}

/** Scope (indicator in view or all), the text search, and the filters by status, type, domain, indicator and organisation. */
export function CommentFiltersBar(props: CommentFiltersBarProps): JSX.Element {
  const { filters, onChange, indicatorInView, shown } = props;
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = activeFilterCount(filters) + (filters.status === 'any' ? 0 : 1);

  return (
    <div className="rt-filters">
      <div className="rt-filters__row">
        <ScopeToggle
          scope={filters.scope}
          indicatorInView={indicatorInView}
          onChange={(scope) => onChange({ ...filters, scope })}
        />
        <FiltersToggle open={open} count={count} panelId={panelId} onToggle={() => setOpen((o) => !o)} />
      </div>
      <CommentSearch value={filters.search} onChange={(search) => onChange({ ...filters, search })} />
      {open && <CommentFiltersPanel id={panelId} {...props} count={count} />}
      {shown !== null && (
        <p className="rt-filters__shown">{t('comments.filters.shown', { shown: shown.count, total: shown.total })}</p>
      )}
    </div>
  );
}
