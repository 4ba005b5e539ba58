import type { Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { CommentHighlightsPlugin } from '../comments/CommentHighlightsPlugin.tsx';
import { CommentOnSelectionPlugin } from '../comments/CommentOnSelectionPlugin.tsx';
import type { HeldCommentShortcut } from '../comments/HoldCommentShortcut.tsx';
import { IndicatorCommentButtons } from '../comments/IndicatorCommentButtons.tsx';
import type { CommentSession } from '../comments/useCommentSession.ts';
import { useChromePressKeepsPlace } from '../editor/useChromePressKeepsPlace.ts';
import { IndicatorStatusControls } from '../meeting/IndicatorStatusControls.tsx';
import { useLockRefusedRaise } from '../meeting/locks/useLockRefusedRaise.ts';
import { FloorNotice } from '../meeting/queue/FloorNotice.tsx';
import { useFacilitatorShortcuts } from '../meeting/shortcuts/useFacilitatorShortcuts.ts';
import { BackToTable } from '../meeting/spotlight/BackToTable.tsx';
import { IndicatorMeetingMarks } from '../meeting/spotlight/IndicatorMeetingMarks.tsx';
import { useKeepTableInView } from '../meeting/spotlight/useKeepTableInView.ts';
import type { MeetingSession } from '../meeting/useMeetingSession.ts';
import type { Access } from './accessOf.ts';
import type { DraftSession } from './useDraftSession.ts';

/** What the layers over the draft read: the draft's session and what the room knows of comments and the meeting. */
export interface DraftOverlaysProps {
  consultationId: string;
  draft: DraftSession;
  access: Access;
  threads: readonly Thread[];
  comments: CommentSession;
  meeting: MeetingSession;
  /** Where a comment goes when nothing is selected. */
  getCommentDefault: () => string | null;
  onOpenIndicatorComments: (indicatorId: string) => void;
  /** Ctrl/Cmd+Alt+M pressed while this layer's code was on its way (`HoldCommentShortcut`). */
  heldCommentShortcut: HeldCommentShortcut;
}

/**
 * The layers drawn over the live draft, inside its editor: comment highlights
 * and the comment-on-selection button, each indicator's comment, status and
 * meeting marks, the facilitators' meeting keys, and a header's press that
 * keeps the reader's place. None of them is needed
 * to read or type, so they load with the panels, once the draft is editable
 * (`lazyPanels`); what keeps a locked
 * indicator from being typed in (`LockGuardPlugin`) is not here: it is in the
 * editor from the start.
 */
export function DraftOverlays(props: DraftOverlaysProps): JSX.Element {
  const { consultationId, draft, access, threads, comments, meeting } = props;
  const synced = draft.connection.hasSynced;
  const canComment = access.viewer.canComment;
  useLockRefusedRaise();
  const tableHold = useKeepTableInView(draft.scrollRef, meeting.spotlight, meeting.following);
  useFacilitatorShortcuts(meeting, draft.scrollRef, draft.getIndicatorInView);
  useChromePressKeepsPlace(draft.scrollRef);
  return (
    <>
      <CommentHighlightsPlugin
        bindingRef={draft.bindingRef}
        threads={threads}
        activeThreadId={comments.activeThreadId}
        pendingAnchor={comments.composer?.anchor ?? null}
        registry={comments.registry}
        ready={synced}
        onAnchorStates={comments.setAnchorStates}
        onActivate={comments.activate}
      />
      <CommentOnSelectionPlugin
        enabled={canComment && synced}
        composing={comments.composer !== null}
        bindingRef={draft.bindingRef}
        overlay={draft.overlay}
        getIndicatorInView={props.getCommentDefault}
        onCompose={comments.compose}
        heldShortcut={props.heldCommentShortcut}
      />
      <IndicatorCommentButtons
        overlay={draft.overlay}
        openCounts={comments.openCounts}
        canComment={canComment}
        onOpen={props.onOpenIndicatorComments}
      />
      {access.mayRunMeeting && synced && (
        <IndicatorStatusControls consultationId={consultationId} overlay={draft.overlay} />
      )}
      <IndicatorMeetingMarks
        overlay={draft.overlay}
        onTable={meeting.onTable}
        spotlight={meeting.spotlight}
        isLocked={meeting.isLocked}
        canRun={meeting.canRun && synced}
        openCounts={comments.openCounts}
        onPutOnTable={(id) => meeting.putOnTable({ kind: 'indicator', indicatorId: id })}
        onToggleLock={(id) => meeting.toggleLock({ kind: 'indicator', indicatorId: id })}
      />
      <FloorNotice session={meeting} />
      <BackToTable hold={tableHold} />
    </>
  );
}
