import type { OutlineDomain } from '@roundtable/editor';
import {
  THREAD_STATUSES,
  THREAD_TYPE_LABELS,
  THREAD_TYPES,
  type ThreadStatus,
  type ThreadType,
} from '@roundtable/profile';
import { type JSX, useId, useState } from 'react';
import { activeFilterCount, type CommentFilters, DEFAULT_FILTERS } from './commentFilters.ts';

interface CommentFiltersBarProps {
  filters: CommentFilters;
  onChange: (filters: CommentFilters) => void;
  indicatorInView: string | null;
  domains: readonly OutlineDomain[];
  organisations: readonly string[];
}

const STATUS_LABELS: Record<ThreadStatus | 'any', string> = {
  any: 'Open and resolved',
  open: 'Open',
  resolved: 'Resolved',
};

/** Scope (indicator in view or all) and the filters by status, type, domain, indicator and organisation. */
export function CommentFiltersBar(props: CommentFiltersBarProps): JSX.Element {
  const { filters, onChange, indicatorInView, domains, organisations } = props;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const set = (patch: Partial<CommentFilters>) => onChange({ ...filters, ...patch });
  const count = activeFilterCount(filters) + (filters.status === 'any' ? 0 : 1);
  const indicators = domains
    .filter((d) => filters.domain === null || d.code === filters.domain)
    .flatMap((d) => d.indicators);

  return (
    <div className="rt-filters">
      <div className="rt-filters__row">
        <fieldset className="rt-segmented" aria-label="Which comments">
          <button
            type="button"
            aria-pressed={filters.scope === 'in-view'}
            onClick={() => set({ scope: 'in-view' })}
            title="The comments of the indicator you are reading"
          >
            In view{indicatorInView === null ? '' : ` · ${indicatorInView}`}
          </button>
          <button type="button" aria-pressed={filters.scope === 'all'} onClick={() => set({ scope: 'all' })}>
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
      {open && (
        <div id={panelId} className="rt-filters__panel">
          <label className="rt-filter">
            <span>Status</span>
            <select
              value={filters.status}
              onChange={(event) => set({ status: event.target.value as ThreadStatus | 'any' })}
            >
              {(['any', ...THREAD_STATUSES] as const).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="rt-filter">
            <span>Type</span>
            <select
              value={filters.type ?? ''}
              onChange={(event) => set({ type: event.target.value === '' ? null : (event.target.value as ThreadType) })}
            >
              <option value="">Any type</option>
              {THREAD_TYPES.map((t) => (
                <option key={t} value={t}>
                  {THREAD_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <label className="rt-filter">
            <span>Domain</span>
            <select
              value={filters.domain ?? ''}
              onChange={(event) =>
                set({ domain: event.target.value === '' ? null : Number(event.target.value), indicator: null })
              }
            >
              <option value="">All domains</option>
              {domains.map((d) => (
                <option key={d.code} value={d.code}>
                  {`${d.code} · ${d.title}`}
                </option>
              ))}
            </select>
          </label>
          <label className="rt-filter">
            <span>Indicator</span>
            <select
              value={filters.scope === 'in-view' ? (indicatorInView ?? '') : (filters.indicator ?? '')}
              onChange={(event) =>
                set({ scope: 'all', indicator: event.target.value === '' ? null : event.target.value })
              }
            >
              <option value="">All indicators</option>
              {indicators.map((i) => (
                <option key={i.key} value={i.id}>
                  {`${i.id} ${i.title}`}
                </option>
              ))}
            </select>
          </label>
          <label className="rt-filter rt-filter--wide">
            <span>Organisation</span>
            <select
              value={filters.organisation ?? ''}
              onChange={(event) => set({ organisation: event.target.value === '' ? null : event.target.value })}
            >
              <option value="">All organisations</option>
              {organisations.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
          {count > 0 && (
            <button
              type="button"
              className="rt-link-button"
              onClick={() => onChange({ ...DEFAULT_FILTERS, scope: filters.scope })}
            >
              Clear filters
            </button>
          )}
        </div>
      )}
    </div>
  );
}
