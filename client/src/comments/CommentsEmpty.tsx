import type { JSX } from 'react';
import { CommentShortcut } from './CommentShortcut.tsx';
import { type CommentFilters, DEFAULT_FILTERS } from './commentFilters.ts';

interface CommentsEmptyProps {
  filters: CommentFilters;
  onFiltersChange: (filters: CommentFilters) => void;
  indicatorInView: string | null;
  /** There are threads in this scope, but the filters hide them all. */
  filtered: boolean;
  canComment: boolean;
}

/** What the comments tab says when it lists no thread, and the way out: clear the filters, show all, or comment. */
export function CommentsEmpty(props: CommentsEmptyProps): JSX.Element {
  const { filters, onFiltersChange, indicatorInView, filtered, canComment } = props;
  if (filtered) {
    return (
      <div className="rt-empty">
        <p>No comments match these filters.</p>
        <button
          type="button"
          className="rt-link-button"
          onClick={() => onFiltersChange({ ...DEFAULT_FILTERS, scope: filters.scope })}
        >
          Clear filters
        </button>
      </div>
    );
  }
  if (filters.scope === 'in-view' && indicatorInView === null) {
    return (
      <div className="rt-empty">
        <p>Scroll to an indicator to see its comments.</p>
        <button type="button" className="rt-link-button" onClick={() => onFiltersChange({ ...filters, scope: 'all' })}>
          Show all comments
        </button>
      </div>
    );
  }
  return (
    <div className="rt-empty">
      <p>{filters.scope === 'in-view' ? `No comments on ${indicatorInView} yet.` : 'No comments yet.'}</p>
      {canComment && (
        <p className="rt-empty__hint">
          Select text in a finding and press <CommentShortcut />, or use the comment button at the top of an indicator.
        </p>
      )}
    </div>
  );
}
