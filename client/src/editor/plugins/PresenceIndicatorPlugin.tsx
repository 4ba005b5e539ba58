import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $enclosingIndicatorNode } from '@roundtable/editor';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { INDICATOR_AWARENESS_FIELD } from '../../presence/usePeople.ts';

function $indicatorIdAtSelection(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $enclosingIndicatorNode(selection.focus.getNode())?.getIndicatorId() ?? null;
}

/**
 * Publishes the indicator the local caret is in as an awareness field, so the
 * others see "Editing 2.4" and a dot in their outline. CollaborationPlugin
 * spreads the existing local state when it updates the cursor, so the field
 * survives its writes.
 */
export function PresenceIndicatorPlugin({ provider }: { provider: WebsocketProvider | null }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (provider === null) return;
    return editor.registerUpdateListener(({ editorState }) => {
      const local = provider.awareness.getLocalState();
      if (local === null) return;
      const indicatorId = editorState.read($indicatorIdAtSelection);
      if ((local[INDICATOR_AWARENESS_FIELD] ?? null) !== indicatorId) {
        provider.awareness.setLocalStateField(INDICATOR_AWARENESS_FIELD, indicatorId);
      }
    });
  }, [editor, provider]);
  return null;
}
