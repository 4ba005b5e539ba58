import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getAnchorAndFocusForUserState, type Binding } from '@lexical/yjs';
import { $getNodeByKey, $getSelection, $isRangeSelection, $isTextNode, COLLABORATION_TAG } from 'lexical';
import { useEffect } from 'react';
import * as Y from 'yjs';
import type { CollabBinding } from '../createCursorRefresher.ts';

/**
 * The local caret as a Yjs position tied to the character just before it
 * (`assoc` -1), i.e. to the text the person has just typed. Null when there
 * is no collapsed caret inside a text node.
 */
function $captureCaret(binding: Binding): Y.RelativePosition | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null;
  const { key, offset } = selection.anchor;
  if (!$isTextNode($getNodeByKey(key))) return null;
  const collab = binding.collabNodeMap.get(key);
  if (collab === undefined || !('_text' in collab)) return null;
  const start = collab.getOffset();
  if (start === -1) return null;
  // In the paragraph's XmlText a text node is its property map (1) followed by its characters.
  return Y.createRelativePositionFromTypeIndex(collab._parent.getSharedType(), start + 1 + offset, -1);
}

/** Puts the (collapsed) Lexical caret back at `caret`, when it resolves to a point of this editor. */
function $restoreCaret(binding: Binding, caret: Y.RelativePosition): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  const { anchorKey, anchorOffset } = $getAnchorAndFocusForUserState(binding, {
    anchorPos: caret,
    focusPos: caret,
    name: '',
    color: '',
    focusing: true,
    awarenessData: {},
  });
  if (anchorKey === null) return;
  const node = $getNodeByKey(anchorKey);
  if (!$isTextNode(node) || anchorOffset > node.getTextContentSize()) return;
  if (selection.anchor.key === anchorKey && selection.anchor.offset === anchorOffset) return;
  selection.anchor.set(anchorKey, anchorOffset, 'text');
  selection.focus.set(anchorKey, anchorOffset, 'text');
}

/**
 * Keeps the local caret right after the person's own last character when a
 * remote edit lands exactly at the caret.
 *
 * @lexical/yjs restores the caret after a remote change from the awareness
 * position, which for a collapsed caret sticks to the character AFTER it
 * (`assoc` 0). When two people type at the same place, the other's letter is
 * inserted between one's last letter and that character, so the caret jumps
 * past it, and one's next letter is inserted after the other's: Yjs then
 * interleaves the two words ("alpha" + "omega" became "aolmpehgaa"). Here the
 * caret is captured before each remote transaction as a position sticking to
 * the character BEFORE it, and restored from that position in the same Lexical
 * update that applies the change, so each person's run of letters stays
 * contiguous. Only the v1 binding (the one CollaborationPlugin uses) is handled.
 */
export function OwnTextCaretPlugin({ binding }: { binding: CollabBinding | null }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (binding === null || !('collabNodeMap' in binding)) return;
    const doc = binding.doc;
    // Keyed by transaction: applying a remote update can start local transactions in its observers.
    const held = new WeakMap<Y.Transaction, Y.RelativePosition>();
    const before = (transaction: Y.Transaction) => {
      // During IME composition the caret belongs to the input method; leave it to @lexical/yjs.
      if (transaction.local || editor.isComposing()) return;
      const caret = editor.getEditorState().read(() => $captureCaret(binding), { editor });
      if (caret !== null) held.set(transaction, caret);
    };
    // After the observers, so after CollaborationPlugin has queued its own
    // update: this one joins the same pending update and commit.
    const after = (transaction: Y.Transaction) => {
      const caret = held.get(transaction);
      if (caret === undefined) return;
      held.delete(transaction);
      editor.update(() => $restoreCaret(binding, caret), { tag: COLLABORATION_TAG });
    };
    doc.on('beforeTransaction', before);
    doc.on('afterTransaction', after);
    return () => {
      doc.off('beforeTransaction', before);
      doc.off('afterTransaction', after);
    };
  }, [editor, binding]);
  return null;
}
