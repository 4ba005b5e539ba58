import type { OutlineDomain } from '@roundtable/editor';
import { THREAD_STATUS_KEYS, THREAD_TYPE_KEYS } from '@roundtable/i18n';
import { THREAD_STATUSES, THREAD_TYPES, type ThreadStatus, type ThreadType } from '@roundtable/profile';
import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
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

const STATUS_KEYS: Record<ThreadStatus | 'any', string> = {
  any: 'comments.filters.status.any',
  ...THREAD_STATUS_KEYS,
};

const orNull = (value: string): string | null => (value === '' ? null : value);

/** The filters by status, type, domain, indicator and organisation, behind the "Filters" toggle. */
export function CommentFiltersPanel(props: CommentFiltersPanelProps): JSX.Element {
  const { id, filters, onChange, indicatorInView, domains, organisations, count } = props;
  const t = useT();
  const set = (patch: Partial<CommentFilters>) => onChange({ ...filters, ...patch });
  const indicators = domains
    .filter((d) => filters.domain === null || d.code === filters.domain)
    .flatMap((d) => d.indicators);

  return (
    <div id={id} className="rt-filters__panel">
      <FilterSelect
        label={t('comments.filters.status')}
        value={filters.status}
        options={(['any', ...THREAD_STATUSES] as const).map((s) => [s, t(STATUS_KEYS[s])])}
        onChange={(value) => set({ status: value as ThreadStatus | 'any' })}
      />
      <FilterSelect
        label={t('comments.filters.type')}
        value={filters.type ?? ''}
        options={[
          ['', t('comments.filters.type.any')],
          ...THREAD_TYPES.map((type) => [type, t(THREAD_TYPE_KEYS[type])] as const),
        ]}
        onChange={(value) => set({ type: orNull(value) as ThreadType | null })}
      />
      <FilterSelect
        label={t('comments.filters.domain')}
        value={filters.domain === null ? '' : String(filters.domain)}
        options={[
          ['', t('comments.filters.domain.any')],
          ...domains.map((d) => [String(d.code), `${d.code} · ${d.title}`] as const),
        ]}
        onChange={(value) => set({ domain: value === '' ? null : Number(value), indicator: null })}
      />
      <FilterSelect
        label={t('comments.filters.indicator')}
        value={filters.scope === 'in-view' ? (indicatorInView ?? '') : (filters.indicator ?? '')}
        options={[
          ['', t('comments.filters.indicator.any')],
          ...indicators.map((i) => [i.id, `${i.id} ${i.title}`] as const),
        ]}
        onChange={(value) => set({ scope: 'all', indicator: orNull(value) })}
      />
      <FilterSelect
        label={t('comments.filters.organisation')}
        value={filters.organisation ?? ''}
        options={[['', t('comments.filters.organisation.any')], ...organisations.map((o) => [o, o] as const)]}
        onChange={(value) => set({ organisation: orNull(value) })}
        wide
      />
      {count > 0 && (
        <button
          type="button"
          className="rt-link-button"
          onClick={() => onChange({ ...DEFAULT_FILTERS, scope: filters.scope })}
        >
          {t('comments.filters.clear')}
        </button>
      )}
    </div>
  );
}
