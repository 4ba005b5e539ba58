import type { JSX } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useI18n.ts';
import { CommentShortcut } from './CommentShortcut.tsx';
import { type CommentFilters, DEFAULT_FILTERS } from './commentFilters.ts';

interface CommentsEmptyProps {
  filters: CommentFilters;
  onFiltersChange: (filters: CommentFilters) => void;
  indicatorInView: string | null;
  /** There are threads in this scope, but the filters (or the search) hide them all. */
  filtered: boolean;
  canComment: boolean;
}

/** What the comments tab says when it lists no thread, and the way out: clear the filters, show all, or comment. */
export function CommentsEmpty(props: CommentsEmptyProps): JSX.Element {
  const { filters, onFiltersChange, indicatorInView, filtered, canComment } = props;
  const t = useT();
  if (filtered) {
    const search = filters.search.trim();
    return (
      <div className="rt-empty">
        <p>{search === '' ? t('comments.empty.filtered') : t('comments.empty.searched', { search })}</p>
        <button
          type="button"
          className="rt-link-button"
          onClick={() => onFiltersChange({ ...DEFAULT_FILTERS, scope: filters.scope })}
        >
          {t('comments.filters.clear')}
        </button>
      </div>
    );
  }
  if (filters.scope === 'in-view' && indicatorInView === null) {
    return (
      <div className="rt-empty">
        <p>{t('comments.empty.scroll')}</p>
        <button type="button" className="rt-link-button" onClick={() => onFiltersChange({ ...filters, scope: 'all' })}>
          {t('comments.empty.showAll')}
        </button>
      </div>
    );
  }
  return (
    <div className="rt-empty">
      <p>
        {filters.scope === 'in-view' && indicatorInView !== null
          ? t('comments.empty.noneOn', { indicator: indicatorInView })
          : t('comments.empty.none')}
      </p>
      {canComment && (
        <p className="rt-empty__hint">
          <FormattedMessage id="comments.empty.hint" values={{ shortcut: <CommentShortcut /> }} />
        </p>
      )}
    </div>
  );
}
