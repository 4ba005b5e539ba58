import type { DraftOutline } from '@roundtable/editor';
import type { Thread } from '@roundtable/profile';
import { type JSX, useMemo } from 'react';
import { useLanguage, useT } from '../i18n/useI18n.ts';
import type { AnchorState } from './AnchorRegistry.ts';
import { CommentFiltersBar } from './CommentFiltersBar.tsx';
import { CommentsEmpty } from './CommentsEmpty.tsx';
import { Composer } from './Composer.tsx';
import {
  type CommentFilters,
  DEFAULT_FILTERS,
  narrowsThreads,
  threadOrganisations,
  visibleThreads,
} from './commentFilters.ts';
import type { CommentTarget } from './commentTarget.ts';
import type { ThreadActions } from './ThreadActions.ts';
import { ThreadList } from './ThreadList.tsx';
import type { Viewer } from './Viewer.ts';

interface CommentsPanelProps {
  threads: readonly Thread[];
  loaded: boolean;
  filters: CommentFilters;
  onFiltersChange: (filters: CommentFilters) => void;
  indicatorInView: string | null;
  outline: DraftOutline | null;
  indicatorTitles: ReadonlyMap<string, string>;
  activeThreadId: string | null;
  onActivate: (threadId: string) => void;
  onDeactivate: () => void;
  composer: CommentTarget | null;
  onComposerCancel: () => void;
  onOpened: (thread: Thread) => void;
  viewer: Viewer;
  actions: ThreadActions;
  anchorStates: ReadonlyMap<string, AnchorState>;
  onResolve: (threadId: string) => void;
  /** Opens the composer on a whole indicator. */
  onComposeIndicator: (indicatorId: string) => void;
}

/** The comments tab: a composer when one is open, the filters, and the threads they select. */
export function CommentsPanel(props: CommentsPanelProps): JSX.Element {
  const { threads, filters, indicatorInView, viewer, composer } = props;
  const t = useT();
  const { language } = useLanguage();
  const shown = useMemo(
    () => visibleThreads(threads, filters, indicatorInView, language),
    [threads, filters, indicatorInView, language],
  );
  const inScope = useMemo(
    () => visibleThreads(threads, { ...DEFAULT_FILTERS, scope: filters.scope }, indicatorInView, language).length,
    [threads, filters.scope, indicatorInView, language],
  );
  const organisations = useMemo(() => threadOrganisations(threads, language), [threads, language]);
  const filtered = shown.length === 0 && inScope > 0;
  const summary =
    props.loaded && shown.length > 0 && narrowsThreads(filters) ? { count: shown.length, total: inScope } : null;
  const listedIndicator = filters.scope === 'in-view' ? indicatorInView : filters.indicator;

  return (
    <div className="rt-comments">
      {composer !== null && (
        <Composer
          key={`${composer.indicatorId}:${composer.anchor?.start ?? ''}`}
          target={composer}
          indicatorTitle={props.indicatorTitles.get(composer.indicatorId)}
          actions={props.actions}
          onCancel={props.onComposerCancel}
          onOpened={props.onOpened}
        />
      )}
      <CommentFiltersBar
        filters={filters}
        onChange={props.onFiltersChange}
        indicatorInView={indicatorInView}
        domains={props.outline?.domains ?? []}
        organisations={organisations}
        shown={summary}
      />
      {viewer.canComment && composer === null && listedIndicator !== null && shown.length > 0 && (
        <button
          type="button"
          className="rt-link-button rt-comments__add"
          onClick={() => props.onComposeIndicator(listedIndicator)}
        >
          {t('comments.panel.addOnIndicator', { indicator: listedIndicator })}
        </button>
      )}
      {!props.loaded ? (
        <div className="rt-comments__loading" aria-hidden="true">
          <div className="rt-skeleton__block rt-skeleton__block--card" />
          <div className="rt-skeleton__block rt-skeleton__block--card" />
        </div>
      ) : shown.length > 0 ? (
        <ThreadList
          threads={shown}
          activeThreadId={props.activeThreadId}
          anchorStates={props.anchorStates}
          indicatorTitles={props.indicatorTitles}
          viewer={viewer}
          actions={props.actions}
          onActivate={props.onActivate}
          onDeactivate={props.onDeactivate}
          onResolve={props.onResolve}
        />
      ) : (
        <CommentsEmpty
          filters={filters}
          onFiltersChange={props.onFiltersChange}
          indicatorInView={indicatorInView}
          filtered={filtered}
          canComment={viewer.canComment}
        />
      )}
    </div>
  );
}
