import type { Thread } from '@roundtable/profile';
import { type JSX, Suspense, useCallback, useRef } from 'react';
import { type HeldCommentShortcut, HoldCommentShortcut } from '../comments/HoldCommentShortcut.tsx';
import type { CommentSession } from '../comments/useCommentSession.ts';
import { DraftEditor } from '../editor/DraftEditor.tsx';
import { AttendancePrompt } from '../meeting/attendance/AttendancePrompt.tsx';
import { LockGuardPlugin } from '../meeting/locks/LockGuardPlugin.tsx';
import { MeetingBar } from '../meeting/spotlight/MeetingBar.tsx';
import { targetElement } from '../meeting/spotlight/targetElement.ts';
import type { MeetingSession } from '../meeting/useMeetingSession.ts';
import type { Access } from './accessOf.ts';
import { LazyDraftOverlays } from './lazyPanels.ts';
import { RefusalNotice } from './RefusalNotice.tsx';
import { DRAFT_AREA_ID } from './SkipLinks.tsx';
import type { DraftIdentity } from './useDraftIdentity.ts';
import type { DraftSession } from './useDraftSession.ts';

interface DraftCanvasProps {
  consultationId: string;
  draft: DraftSession;
  /** Null until the person's name and invitation are known: the editor connects only then. */
  identity: DraftIdentity | null;
  access: Access;
  threads: readonly Thread[];
  comments: CommentSession;
  meeting: MeetingSession;
  /** Where a comment goes when nothing is selected. */
  getCommentDefault: () => string | null;
  onOpenIndicatorComments: (indicatorId: string) => void;
  /**
   * Whether the layers over the draft (comment highlights and buttons, status
   * and meeting marks; `DraftOverlays`) may load: `usePanelsReady`.
   */
  overlaysReady: boolean;
}

/**
 * The reading area: the meeting bar over the live draft, with the comment,
 * selection and meeting layers over it once they have loaded (`DraftOverlays`).
 */
export function DraftCanvas(props: DraftCanvasProps): JSX.Element {
  const { consultationId, draft, identity, access, threads, comments, meeting } = props;
  const { connection, recovery } = draft;
  // Ctrl/Cmd+Alt+M pressed before the comment layer's code arrived: the layer answers it when it does. Held
  // only when the layer would answer it (`DraftOverlays`: may comment, the draft synced).
  const heldCommentShortcut: HeldCommentShortcut = useRef(false);
  const editorRef = draft.editorRef;
  const getEditorRoot = useCallback(() => editorRef.current?.getRootElement() ?? null, [editorRef]);
  const holdCommentShortcut = (
    <HoldCommentShortcut
      held={heldCommentShortcut}
      enabled={access.viewer.canComment && connection.hasSynced}
      getRoot={getEditorRoot}
    />
  );
  const showTable = (): void => {
    const container = draft.scrollRef.current;
    const element =
      meeting.spotlight === null || container === null ? null : targetElement(meeting.spotlight, container);
    element?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  return (
    <div className="rt-center">
      <MeetingBar session={meeting} outline={draft.outline} onShowTable={showTable} />
      <AttendancePrompt session={meeting} />
      <main className="rt-canvas" id={DRAFT_AREA_ID} tabIndex={-1} ref={draft.scrollRef}>
        <div className="rt-doc">
          {recovery.permanent !== null && <RefusalNotice code={recovery.permanent.code} />}
          {identity === null ? (
            <div className="rt-editor" />
          ) : (
            <DraftEditor
              key={recovery.generation}
              consultationId={consultationId}
              userName={identity.name}
              userColor={identity.color}
              awarenessData={identity.awarenessData}
              // A permanent refusal (revoked, signed out) makes the draft read-only at once.
              canEdit={access.mayEdit && recovery.mayWrite && recovery.permanent === null}
              provider={draft.provider}
              hasSynced={connection.hasSynced}
              onProvider={draft.onProvider}
              onOutline={draft.onOutline}
              editorRef={draft.editorRef}
              getIndicatorInView={draft.getIndicatorInView}
              bindingRef={draft.bindingRef}
              overlayRef={draft.overlayRef}
            >
              {props.overlaysReady ? (
                <Suspense fallback={holdCommentShortcut}>
                  <LazyDraftOverlays
                    consultationId={consultationId}
                    draft={draft}
                    access={access}
                    threads={threads}
                    comments={comments}
                    meeting={meeting}
                    getCommentDefault={props.getCommentDefault}
                    onOpenIndicatorComments={props.onOpenIndicatorComments}
                    heldCommentShortcut={heldCommentShortcut}
                  />
                </Suspense>
              ) : (
                holdCommentShortcut
              )}
              <LockGuardPlugin locked={meeting.isLocked} />
            </DraftEditor>
          )}
        </div>
      </main>
    </div>
  );
}
