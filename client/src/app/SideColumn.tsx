import { type JSX, Suspense } from 'react';
import type { CommentSession } from '../comments/useCommentSession.ts';
import type { ThreadsFeed } from '../comments/useThreads.ts';
import type { MeetingSession } from '../meeting/useMeetingSession.ts';
import type { Access } from './accessOf.ts';
import { LazyCommentsPanel, LazyMeetingPanel, LazyPeoplePanel } from './lazyPanels.ts';
import { SidePanel, type SideTab } from './SidePanel.tsx';
import { SidePanelSkeleton } from './SidePanelSkeleton.tsx';
import type { DraftSession } from './useDraftSession.ts';

interface SideColumnProps {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  draft: DraftSession;
  feed: ThreadsFeed;
  comments: CommentSession;
  access: Access;
  meeting: MeetingSession;
  /** The tabs' code may load (`usePanelsReady`): until then grey cards stand in. */
  panelsReady: boolean;
  onRename: () => void;
}

/**
 * The right-hand column: the meeting, comments or people tab, with their counts.
 * The tabs' content loads after the editor: grey cards stand in until the draft is live.
 */
export function SideColumn(props: SideColumnProps): JSX.Element {
  const { tab, draft, comments } = props;
  const openTotal = [...comments.openCounts.values()].reduce((a, b) => a + b, 0);
  return (
    <SidePanel
      tab={tab}
      onTab={props.onTab}
      openComments={openTotal}
      peopleHere={draft.people.length}
      handsRaised={props.meeting.meeting?.queue.length ?? 0}
    >
      <Suspense fallback={<SidePanelSkeleton />}>{props.panelsReady ? panel(props) : <SidePanelSkeleton />}</Suspense>
    </SidePanel>
  );
}

function panel(props: SideColumnProps): JSX.Element {
  const { tab, draft, feed, comments, access } = props;
  return tab === 'meeting' ? (
    <LazyMeetingPanel session={props.meeting} outline={draft.outline} />
  ) : tab === 'comments' ? (
    <LazyCommentsPanel
      threads={feed.threads}
      loaded={feed.loaded}
      filters={comments.filters}
      onFiltersChange={comments.setFilters}
      indicatorInView={draft.indicatorInView}
      outline={draft.outline}
      indicatorTitles={draft.indicatorTitles}
      activeThreadId={comments.activeThreadId}
      onActivate={(id) => comments.activate(id, { scroll: true })}
      onDeactivate={comments.deactivate}
      composer={comments.composer}
      onComposerCancel={comments.cancelCompose}
      onOpened={comments.onOpened}
      viewer={access.viewer}
      actions={comments.actions}
      anchorStates={comments.anchorStates}
      onResolve={comments.setResolving}
      onComposeIndicator={(indicatorId) => comments.compose({ indicatorId })}
    />
  ) : (
    <LazyPeoplePanel
      people={draft.people}
      indicatorTitles={draft.indicatorTitles}
      onRename={props.onRename}
      onJumpTo={draft.jumpTo}
    />
  );
}
