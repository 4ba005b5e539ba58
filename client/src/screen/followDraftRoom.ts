import { createBinding, syncYjsChangesToLexical } from '@lexical/yjs';
import { createDraftEditor, headlessProvider } from '@roundtable/editor';
import { draftRoomOf } from '@roundtable/profile';
import type { EditorState } from 'lexical';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabServerUrl } from '../editor/collabServerUrl.ts';

const KEEPALIVE_MS = 12_000;
const QUERY_AWARENESS = new Uint8Array([3]);
const ID = 'draft';

/**
 * Follows the draft room `<id>:draft` read-only, into a headless editor
 * (no DOM, no caret, no presence): `onState` gets the editor state once the
 * room has synced and after every change. For the room screen, which shows
 * one indicator and must not appear among the people editing. Nothing is
 * ever written back: the Lexical-to-Yjs direction is never bound. Returns
 * the function that stops following.
 */
export function followDraftRoom(consultationId: string, onState: (state: EditorState) => void): () => void {
  const doc = new Y.Doc();
  const socket = new WebsocketProvider(collabServerUrl(), draftRoomOf(consultationId), doc, {
    connect: false,
    disableBc: true,
  });
  socket.awareness.setLocalState(null);
  const editor = createDraftEditor();
  const provider = headlessProvider();
  const binding = createBinding(editor, provider, ID, doc, new Map([[ID, doc]]));
  const root = binding.root.getSharedType();
  const onChanges = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction): void => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events, false);
  };
  root.observeDeep(onChanges);
  let synced = false;
  const stopListening = editor.registerUpdateListener(({ editorState }) => {
    if (synced) onState(editorState);
  });
  const onSync = (isSynced: boolean): void => {
    if (!isSynced || synced) return;
    synced = true;
    onState(editor.getEditorState());
  };
  socket.on('sync', onSync);
  socket.connect();
  const keepalive = setInterval(() => {
    if (socket.wsconnected) socket.ws?.send(QUERY_AWARENESS);
  }, KEEPALIVE_MS);
  return () => {
    clearInterval(keepalive);
    stopListening();
    root.unobserveDeep(onChanges);
    socket.off('sync', onSync);
    socket.destroy();
    doc.destroy();
  };
}
