import type { Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { CommentHighlightsPlugin } from '../comments/CommentHighlightsPlugin.tsx';
import { CommentOnSelectionPlugin } from '../comments/CommentOnSelectionPlugin.tsx';
import { IndicatorCommentButtons } from '../comments/IndicatorCommentButtons.tsx';
import type { CommentSession } from '../comments/useCommentSession.ts';
import { DraftEditor } from '../editor/DraftEditor.tsx';
import { IndicatorStatusControls } from '../meeting/IndicatorStatusControls.tsx';
import type { Access } from './accessOf.ts';
import { RefusalNotice } from './RefusalNotice.tsx';
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
  onOpenIndicatorComments: (indicatorId: string) => void;
}

/** The reading area: the live draft with the comment, selection and meeting layers over it. */
export function DraftCanvas(props: DraftCanvasProps): JSX.Element {
  const { consultationId, draft, identity, access, threads, comments } = props;
  const { connection, recovery } = draft;
  const canComment = access.viewer.canComment;
  return (
    <main className="rt-canvas" ref={draft.scrollRef}>
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
            <CommentHighlightsPlugin
              bindingRef={draft.bindingRef}
              threads={threads}
              activeThreadId={comments.activeThreadId}
              pendingAnchor={comments.composer?.anchor ?? null}
              registry={comments.registry}
              ready={connection.hasSynced}
              onAnchorStates={comments.setAnchorStates}
              onActivate={comments.activate}
            />
            <CommentOnSelectionPlugin
              enabled={canComment && connection.hasSynced}
              composing={comments.composer !== null}
              bindingRef={draft.bindingRef}
              overlay={draft.overlay}
              getIndicatorInView={draft.getIndicatorInView}
              onCompose={comments.compose}
            />
            <IndicatorCommentButtons
              overlay={draft.overlay}
              openCounts={comments.openCounts}
              canComment={canComment}
              onOpen={props.onOpenIndicatorComments}
            />
            {access.mayRunMeeting && connection.hasSynced && (
              <IndicatorStatusControls consultationId={consultationId} overlay={draft.overlay} />
            )}
          </DraftEditor>
        )}
      </div>
    </main>
  );
}
