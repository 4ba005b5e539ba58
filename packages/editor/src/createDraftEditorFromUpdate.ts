import { createBinding, syncYjsChangesToLexical } from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import { createDraftEditor } from './createDraftEditor.ts';
import { headlessProvider } from './headlessProvider.ts';

/**
 * A headless editor holding the draft stored in a Yjs update (for example
 * `Y.encodeStateAsUpdate(room.doc)`), loaded the way a browser loads it: the
 * update is applied to an empty bound document and flows through
 * `syncYjsChangesToLexical`. For read-only uses on the server (exports,
 * checks); the editor is not connected to anything afterwards.
 */
export function createDraftEditorFromUpdate(update: Uint8Array): LexicalEditor {
  const doc = new Y.Doc();
  const editor = createDraftEditor();
  const provider = headlessProvider();
  const id = 'draft';
  const binding = createBinding(editor, provider, id, doc, new Map([[id, doc]]));
  const root = binding.root.getSharedType();
  const onChanges = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction): void => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events, false);
  };
  root.observeDeep(onChanges);
  try {
    Y.applyUpdate(doc, update);
    // Flush the update scheduled by syncYjsChangesToLexical before detaching.
    editor.read(() => undefined);
  } finally {
    root.unobserveDeep(onChanges);
    doc.destroy();
  }
  return editor;
}
