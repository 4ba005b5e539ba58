import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { type DraftOutline, ROUNDTABLE_NODES } from '@roundtable/editor';
import { draftRoomOf } from '@roundtable/profile';
import type { LexicalEditor } from 'lexical';
import { type JSX, type ReactNode, type Ref, type RefObject, useMemo, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useDocumentLanguage } from '../i18n/DocumentLanguage.tsx';
import { useT } from '../i18n/useI18n.ts';
import type { CollabBinding } from './createCursorRefresher.ts';
import { createCursorRefresher } from './createCursorRefresher.ts';
import { createProviderFactory } from './createProviderFactory.ts';
import { DraftSkeleton } from './DraftSkeleton.tsx';
import { editorTheme } from './editorTheme.ts';
import { CursorRefreshPlugin } from './plugins/CursorRefreshPlugin.tsx';
import { DraftGuardPlugin } from './plugins/DraftGuardPlugin.tsx';
import { EditableWhenSyncedPlugin } from './plugins/EditableWhenSyncedPlugin.tsx';
import { IndicatorChromeLanguagePlugin } from './plugins/IndicatorChromeLanguagePlugin.tsx';
import { IndicatorNavigationPlugin } from './plugins/IndicatorNavigationPlugin.tsx';
import { OutlinePlugin } from './plugins/OutlinePlugin.tsx';
import { OwnTextCaretPlugin } from './plugins/OwnTextCaretPlugin.tsx';
import { PresenceIndicatorPlugin } from './plugins/PresenceIndicatorPlugin.tsx';

interface DraftEditorProps {
  consultationId: string;
  userName: string;
  userColor: string;
  /** Extra awareness fields (organisation, role); must keep its identity, a new object reconnects. */
  awarenessData: object;
  /** The person's role may edit; otherwise the draft stays read-only for them. */
  canEdit: boolean;
  provider: WebsocketProvider | null;
  hasSynced: boolean;
  onProvider: (provider: WebsocketProvider) => void;
  onOutline: (outline: DraftOutline) => void;
  editorRef: RefObject<LexicalEditor | null>;
  getIndicatorInView: () => string | null;
  /** Receives CollaborationPlugin's binding (for comment anchors). */
  bindingRef?: RefObject<CollabBinding | null>;
  /** A layer over the document, for buttons that follow the text (comments). */
  overlayRef?: Ref<HTMLDivElement>;
  /** More plugins, rendered inside the composer. */
  children?: ReactNode;
}

const initialConfig: InitialConfigType = {
  namespace: 'roundtable-draft',
  nodes: [...ROUNDTABLE_NODES],
  // The server creates the content; the editor starts empty and read-only
  // until the first sync (see EditableWhenSyncedPlugin).
  editorState: null,
  editable: false,
  theme: editorTheme,
  onError: (error) => {
    console.error(error);
  },
};

/**
 * The shared draft: Lexical rich text bound to the room `<id>:draft` through
 * CollaborationPlugin. This client never seeds (`shouldBootstrap={false}`).
 */
export function DraftEditor(props: DraftEditorProps): JSX.Element {
  const { consultationId, userName, userColor, awarenessData, canEdit, provider, hasSynced, onProvider } = props;
  const t = useT();
  const documentLanguage = useDocumentLanguage();
  const cursorsRef = useRef<HTMLDivElement>(null);
  // Stable identity: a new factory would make CollaborationPlugin open a new provider.
  const providerFactory = useMemo(() => createProviderFactory(onProvider), [onProvider]);
  const { bindingRef } = props;
  const [binding, setBinding] = useState<CollabBinding | null>(null);
  const cursorRefresher = useMemo(
    () =>
      createCursorRefresher((next) => {
        if (bindingRef) bindingRef.current = next;
        setBinding(next);
      }),
    [bindingRef],
  );

  return (
    <LexicalCollaboration>
      <LexicalComposer initialConfig={initialConfig}>
        <div className="rt-editor">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="rt-editor__content"
                aria-label={t('editor.label')}
                lang={documentLanguage}
                spellCheck
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          {/* Remote carets and their name tags: visual only, the People tab and "who is here" (Alt+Shift+W) say the same in words. */}
          <div ref={cursorsRef} className="rt-editor__cursors" aria-hidden="true" />
          <div ref={props.overlayRef} className="rt-editor__overlay" />
          {!hasSynced && <DraftSkeleton />}
        </div>
        <CollaborationPlugin
          id={draftRoomOf(consultationId)}
          providerFactory={providerFactory}
          shouldBootstrap={false}
          username={userName}
          cursorColor={userColor}
          awarenessData={awarenessData}
          cursorsContainerRef={cursorsRef}
          syncCursorPositionsFn={cursorRefresher.syncCursorPositionsFn}
        />
        <CursorRefreshPlugin refresher={cursorRefresher} />
        <OwnTextCaretPlugin binding={binding} />
        <ListPlugin />
        <DraftGuardPlugin />
        <IndicatorChromeLanguagePlugin />
        <EditableWhenSyncedPlugin editable={hasSynced && canEdit} />
        <OutlinePlugin onChange={props.onOutline} />
        <PresenceIndicatorPlugin provider={provider} />
        <IndicatorNavigationPlugin getIndicatorInView={props.getIndicatorInView} />
        <EditorRefPlugin editorRef={props.editorRef} />
        {props.children}
      </LexicalComposer>
    </LexicalCollaboration>
  );
}
