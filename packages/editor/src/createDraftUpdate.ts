import { createBinding, syncLexicalUpdateToYjs } from '@lexical/yjs';
import type { Consultation } from '@roundtable/profile';
import { draftRoomOf } from '@roundtable/profile';
import * as Y from 'yjs';
import { $buildDraft } from './buildDraft.ts';
import { createDraftEditor } from './createDraftEditor.ts';
import { draftClientId } from './draftClientId.ts';
import { headlessProvider } from './headlessProvider.ts';

/**
 * The initial content of a consultation's draft as one Yjs update, in the
 * layout the client's `CollaborationPlugin` reads (`doc.get('root', Y.XmlText)`,
 * written through @lexical/yjs's own binding).
 *
 * Deterministic: byte-identical for the same consultation in any process, so
 * applying it twice, or applying two servers' copies, never duplicates content.
 * Apply it to a room's document only when that document is empty; the server
 * is the only party that seeds (clients use `shouldBootstrap={false}`).
 * Results are cached per consultation object: treat it as immutable.
 *
 * @example
 * ```ts
 * import { createDraftUpdate } from '@roundtable/editor';
 * if (isEmpty(room)) Y.applyUpdate(room.doc, createDraftUpdate(consultation), 'seed');
 * ```
 */
export function createDraftUpdate(consultation: Consultation): Uint8Array {
  let update = cache.get(consultation);
  if (update === undefined) {
    update = buildDraftUpdate(consultation);
    cache.set(consultation, update);
  }
  // A copy: the cached bytes must not be changed by a caller.
  return update.slice();
}

/** Building takes ~100 ms for the demo; a server seeding many rooms of one consultation builds once. */
const cache = new WeakMap<Consultation, Uint8Array>();

function buildDraftUpdate(consultation: Consultation): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = draftClientId(consultation);
  const editor = createDraftEditor();
  const provider = headlessProvider();
  const id = draftRoomOf(consultation.id);
  const binding = createBinding(editor, provider, id, doc, new Map([[id, doc]]));
  const unregister = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      syncLexicalUpdateToYjs(
        binding,
        provider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      );
    },
  );
  try {
    editor.update(() => $buildDraft(consultation), { discrete: true });
  } finally {
    unregister();
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
