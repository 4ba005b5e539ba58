import type { JSX } from 'react';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import type { CommentSession } from '../comments/useCommentSession.ts';
import type { ThreadsFeed } from '../comments/useThreads.ts';
import { MeetingPanel } from '../meeting/MeetingPanel.tsx';
import type { MeetingSession } from '../meeting/useMeetingSession.ts';
import { PeoplePanel } from '../presence/PeoplePanel.tsx';
import type { Access } from './accessOf.ts';
import { SidePanel, type SideTab } from './SidePanel.tsx';
import type { DraftSession } from './useDraftSession.ts';

interface SideColumnProps {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  draft: DraftSession;
  feed: ThreadsFeed;
  comments: CommentSession;
  access: Access;
  meeting: MeetingSession;
  onRename: () => void;
}

/** The right-hand column: the meeting, comments or people tab, with their counts. */
export function SideColumn(props: SideColumnProps): JSX.Element {
  const { tab, draft, feed, comments, access } = props;
  const openTotal = [...comments.openCounts.values()].reduce((a, b) => a + b, 0);
  return (
    <SidePanel
      tab={tab}
      onTab={props.onTab}
      openComments={openTotal}
      peopleHere={draft.people.length}
      handsRaised={props.meeting.meeting?.queue.length ?? 0}
    >
      {tab === 'meeting' ? (
        <MeetingPanel session={props.meeting} outline={draft.outline} />
      ) : tab === 'comments' ? (
        <CommentsPanel
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
        <PeoplePanel
          people={draft.people}
          indicatorTitles={draft.indicatorTitles}
          onRename={props.onRename}
          onJumpTo={draft.jumpTo}
        />
      )}
    </SidePanel>
  );
}
