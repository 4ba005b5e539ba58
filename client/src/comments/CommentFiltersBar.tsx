import type { OutlineDomain } from '@roundtable/editor';
import { type JSX, useId, useState } from 'react';
import { CommentFiltersPanel } from './CommentFiltersPanel.tsx';
import { activeFilterCount, type CommentFilters } from './commentFilters.ts';
import { FiltersToggle } from './FiltersToggle.tsx';
import { ScopeToggle } from './ScopeToggle.tsx';

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
        <ScopeToggle
          scope={filters.scope}
          indicatorInView={indicatorInView}
          onChange={(scope) => onChange({ ...filters, scope })}
        />
        <FiltersToggle open={open} count={count} panelId={panelId} onToggle={() => setOpen((o) => !o)} />
      </div>
      {open && <CommentFiltersPanel id={panelId} {...props} count={count} />}
    </div>
  );
}
