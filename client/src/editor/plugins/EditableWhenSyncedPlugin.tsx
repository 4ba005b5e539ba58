import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * The editor stays read-only until the draft has come from the server once:
 * typing into the still-empty editor would write a stray paragraph into the
 * shared document. After that, edits made while offline are kept and synced
 * on reconnection. Roles that may not edit (observers) stay read-only.
 */
export function EditableWhenSyncedPlugin({ editable }: { editable: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.setEditable(editable);
  }, [editor, editable]);
  return null;
}
