import type { DraftOutline } from '@roundtable/editor';
import type { Thread } from '@roundtable/profile';
import { type JSX, useMemo } from 'react';
import type { AnchorState } from './AnchorRegistry.ts';
import { CommentFiltersBar } from './CommentFiltersBar.tsx';
import { Composer } from './Composer.tsx';
import { type CommentFilters, DEFAULT_FILTERS, threadOrganisations, visibleThreads } from './commentFilters.ts';
import type { CommentTarget } from './commentTarget.ts';
import type { ThreadActions } from './ThreadActions.ts';
import { ThreadCard } from './ThreadCard.tsx';
import type { ThreadsSource } from './useThreads.ts';
import type { Viewer } from './Viewer.ts';

interface CommentsPanelProps {
  threads: readonly Thread[];
  loaded: boolean;
  source: ThreadsSource;
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
  /** Where the comment matrix downloads from; shown to roles that may export. */
  exportUrl?: string | undefined;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SHORTCUT = isMac ? ['⌘', '⌥', 'M'] : ['Ctrl', 'Alt', 'M'];

function Shortcut(): JSX.Element {
  return (
    <span className="rt-shortcut-inline">
      {SHORTCUT.map((k) => (
        <kbd key={k}>{k}</kbd>
      ))}
    </span>
  );
}

/** The comments tab: a composer when one is open, the filters, and the threads they select. */
export function CommentsPanel(props: CommentsPanelProps): JSX.Element {
  const { threads, filters, indicatorInView, viewer, activeThreadId } = props;
  const shown = useMemo(() => visibleThreads(threads, filters, indicatorInView), [threads, filters, indicatorInView]);
  const organisations = useMemo(() => threadOrganisations(threads), [threads]);
  const filtered =
    shown.length === 0 &&
    visibleThreads(threads, { ...DEFAULT_FILTERS, scope: filters.scope }, indicatorInView).length > 0;
  const composerTitle = props.composer === null ? undefined : props.indicatorTitles.get(props.composer.indicatorId);
  const listedIndicator = filters.scope === 'in-view' ? indicatorInView : filters.indicator;

  return (
    <div className="rt-comments">
      {props.exportUrl !== undefined && (
        <a className="rt-link-button rt-comments__export" href={props.exportUrl} download>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" />
          </svg>
          Download comment matrix
        </a>
      )}
      {props.composer !== null && (
        <Composer
          key={`${props.composer.indicatorId}:${props.composer.anchor?.start ?? ''}`}
          target={props.composer}
          indicatorTitle={composerTitle}
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
      />
      {viewer.canComment && props.composer === null && listedIndicator !== null && shown.length > 0 && (
        <button
          type="button"
          className="rt-link-button rt-comments__add"
          onClick={() => props.onComposeIndicator(listedIndicator)}
        >
          + Comment on {listedIndicator} as a whole
        </button>
      )}
      {!props.loaded ? (
        <div className="rt-comments__loading" aria-hidden="true">
          <div className="rt-skeleton__block rt-skeleton__block--card" />
          <div className="rt-skeleton__block rt-skeleton__block--card" />
        </div>
      ) : shown.length > 0 ? (
        <ol className="rt-thread-list" aria-label="Comment threads">
          {shown.map((thread) => (
            <li key={thread.id}>
              <ThreadCard
                thread={thread}
                active={thread.id === activeThreadId}
                anchorState={props.anchorStates.get(thread.id)}
                indicatorTitle={props.indicatorTitles.get(thread.indicatorId)}
                viewer={viewer}
                actions={props.actions}
                onActivate={props.onActivate}
                onClose={props.onDeactivate}
                onResolve={props.onResolve}
              />
            </li>
          ))}
        </ol>
      ) : (
        <div className="rt-empty">
          {filtered ? (
            <>
              <p>No comments match these filters.</p>
              <button
                type="button"
                className="rt-link-button"
                onClick={() => props.onFiltersChange({ ...DEFAULT_FILTERS, scope: filters.scope })}
              >
                Clear filters
              </button>
            </>
          ) : filters.scope === 'in-view' && indicatorInView === null ? (
            <>
              <p>Scroll to an indicator to see its comments.</p>
              <button
                type="button"
                className="rt-link-button"
                onClick={() => props.onFiltersChange({ ...filters, scope: 'all' })}
              >
                Show all comments
              </button>
            </>
          ) : (
            <>
              <p>{filters.scope === 'in-view' ? `No comments on ${indicatorInView} yet.` : 'No comments yet.'}</p>
              {viewer.canComment && (
                <p className="rt-empty__hint">
                  Select text in a finding and press <Shortcut />, or use the comment button at the top of an indicator.
                </p>
              )}
            </>
          )}
        </div>
      )}
      {props.source === 'polling' && (
        <p className="rt-comments__note">Live updates are unavailable; comments refresh every 2 seconds.</p>
      )}
    </div>
  );
}
