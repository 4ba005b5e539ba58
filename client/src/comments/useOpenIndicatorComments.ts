import { useCallback } from 'react';
import { indicatorButtonAction } from './indicatorButtonAction.ts';
import type { CommentSession } from './useCommentSession.ts';

/**
 * What the comment button on an indicator's header does (see
 * indicatorButtonAction): lists its threads, or opens a new comment on it.
 */
export function useOpenIndicatorComments(
  comments: CommentSession,
  indicatorInView: string | null,
  canComment: boolean,
  showComments: () => void,
): (indicatorId: string) => void {
  const { compose, setFilters, filters, openCounts } = comments;
  return useCallback(
    (indicatorId: string) => {
      const openCount = openCounts.get(indicatorId) ?? 0;
      const action = indicatorButtonAction(indicatorId, { filters, indicatorInView, openCount, canComment });
      if (action.filters !== null) setFilters(action.filters);
      if (action.compose) compose({ indicatorId });
      else showComments();
    },
    [compose, filters, indicatorInView, openCounts, setFilters, showComments, canComment],
  );
}
