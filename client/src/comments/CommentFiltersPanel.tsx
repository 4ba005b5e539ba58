import type { OutlineDomain } from '@roundtable/editor';
import {
  THREAD_STATUSES,
  THREAD_TYPE_LABELS,
  THREAD_TYPES,
  type ThreadStatus,
  type ThreadType,
} from '@roundtable/profile';
import type { JSX } from 'react';
import { type CommentFilters, DEFAULT_FILTERS } from './commentFilters.ts';
import { FilterSelect } from './FilterSelect.tsx';

interface CommentFiltersPanelProps {
  id: string;
  filters: CommentFilters;
  onChange: (filters: CommentFilters) => void;
  indicatorInView: string | null;
  domains: readonly OutlineDomain[];
  organisations: readonly string[];
  /** Filters in use, for the "Clear filters" link. */
  count: number;
}

const STATUS_LABELS: Record<ThreadStatus | 'any', string> = {
  any: 'Open and resolved',
  open: 'Open',
  resolved: 'Resolved',
};

const orNull = (value: string): string | null => (value === '' ? null : value);

/** The filters by status, type, domain, indicator and organisation, behind the "Filters" toggle. */
export function CommentFiltersPanel(props: CommentFiltersPanelProps): JSX.Element {
  const { id, filters, onChange, indicatorInView, domains, organisations, count } = props;
  const set = (patch: Partial<CommentFilters>) => onChange({ ...filters, ...patch });
  const indicators = domains
    .filter((d) => filters.domain === null || d.code === filters.domain)
    .flatMap((d) => d.indicators);

  return (
    <div id={id} className="rt-filters__panel">
      <FilterSelect
        label="Status"
        value={filters.status}
        options={(['any', ...THREAD_STATUSES] as const).map((s) => [s, STATUS_LABELS[s]])}
        onChange={(value) => set({ status: value as ThreadStatus | 'any' })}
      />
      <FilterSelect
        label="Type"
        value={filters.type ?? ''}
        options={[['', 'Any type'], ...THREAD_TYPES.map((t) => [t, THREAD_TYPE_LABELS[t]] as const)]}
        onChange={(value) => set({ type: orNull(value) as ThreadType | null })}
      />
      <FilterSelect
        label="Domain"
        value={filters.domain === null ? '' : String(filters.domain)}
        options={[['', 'All domains'], ...domains.map((d) => [String(d.code), `${d.code} · ${d.title}`] as const)]}
        onChange={(value) => set({ domain: value === '' ? null : Number(value), indicator: null })}
      />
      <FilterSelect
        label="Indicator"
        value={filters.scope === 'in-view' ? (indicatorInView ?? '') : (filters.indicator ?? '')}
        options={[['', 'All indicators'], ...indicators.map((i) => [i.id, `${i.id} ${i.title}`] as const)]}
        onChange={(value) => set({ scope: 'all', indicator: orNull(value) })}
      />
      <FilterSelect
        label="Organisation"
        value={filters.organisation ?? ''}
        options={[['', 'All organisations'], ...organisations.map((o) => [o, o] as const)]}
        onChange={(value) => set({ organisation: orNull(value) })}
        wide
      />
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
  );
}
