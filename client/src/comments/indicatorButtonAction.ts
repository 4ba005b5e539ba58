import type { CommentFilters } from './commentFilters.ts';

export interface IndicatorButtonAction {
  /**
   * The filters that list the indicator's threads; null when the ones in use
   * already do (the sidebar follows the view and it is in view, or it is the
   * indicator picked under "All").
   */
  filters: CommentFilters | null;
  /** Open a new comment on it (it has no open threads and the person may comment); else show its threads. */
  compose: boolean;
}

/** What the comment button on an indicator's header does: its threads when it has open ones, else a new comment. */
export function indicatorButtonAction(
  indicatorId: string,
  state: { filters: CommentFilters; indicatorInView: string | null; openCount: number; canComment: boolean },
): IndicatorButtonAction {
  const { filters } = state;
  const listed =
    filters.scope === 'in-view' ? indicatorId === state.indicatorInView : filters.indicator === indicatorId;
  return {
    filters: listed ? null : { ...filters, scope: 'all', indicator: indicatorId },
    compose: state.canComment && state.openCount === 0,
  };
}
