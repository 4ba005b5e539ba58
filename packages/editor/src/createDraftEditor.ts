import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { ROUNDTABLE_NODES } from './roundtableNodes.ts';

/** A DOM-less editor with the draft's node types, for the server and for tests. */
export function createDraftEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'roundtable-draft',
    nodes: [...ROUNDTABLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}
