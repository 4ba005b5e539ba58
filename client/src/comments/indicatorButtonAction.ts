import type { CommentFilters } from './commentFilters.ts';

export interface IndicatorButtonAction {
  /** The filters that list the indicator's threads; null when the ones in use already do (it is in view). */
  filters: CommentFilters | null;
  /** Open a new comment on it (it has no open threads and the person may comment); else show its threads. */
  compose: boolean;
}

/** What the comment button on an indicator's header does: its threads when it has open ones, else a new comment. */
export function indicatorButtonAction(
  indicatorId: string,
  state: { filters: CommentFilters; indicatorInView: string | null; openCount: number; canComment: boolean },
): IndicatorButtonAction {
  return {
    filters: indicatorId === state.indicatorInView ? null : { ...state.filters, scope: 'all', indicator: indicatorId },
    compose: state.canComment && state.openCount === 0,
  };
}
