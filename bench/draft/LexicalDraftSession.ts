import { createBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical } from '@lexical/yjs';
import { createDraftEditor, headlessProvider } from '@roundtable/editor';
import type { LexicalEditor } from 'lexical';
import * as Y from 'yjs';

/**
 * A participant's editor without a browser: a headless Lexical editor with
 * the draft's nodes, bound to its own Y.Doc through @lexical/yjs both ways,
 * as the app's CollaborationPlugin binds it. What `edit` changes comes out
 * as the updates a browser would send for the same editor operation.
 * Loading the demo draft takes about half a second.
 */
export class LexicalDraftSession {
  readonly doc = new Y.Doc();
  readonly editor: LexicalEditor = createDraftEditor();
  private readonly sent: Uint8Array[] = [];

  /** @param state the document as the client received it (sync step 2) */
  constructor(state: Uint8Array) {
    const provider = headlessProvider();
    const id = 'draft';
    const binding = createBinding(this.editor, provider, id, this.doc, new Map([[id, this.doc]]));
    binding.root.getSharedType().observeDeep((events, transaction) => {
      if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events, false);
    });
    this.editor.registerUpdateListener((update) => {
      const { prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags } = update;
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
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === binding) this.sent.push(update);
    });
    Y.applyUpdate(this.doc, state);
    // Runs the editor update that syncYjsChangesToLexical scheduled.
    this.editor.read(() => undefined);
  }

  /** Runs `$change` as one editor update and returns the updates the editor sent for it, in order. */
  edit($change: () => void): Uint8Array[] {
    this.editor.update($change, { discrete: true });
    return this.sent.splice(0);
  }

  /** Applies a change from elsewhere (another client, the server), as the provider would. */
  receive(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update);
    this.editor.read(() => undefined);
  }
}
