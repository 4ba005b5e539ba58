import { $isIndicatorNode } from '@roundtable/editor';
import { $getNodeByKey, $getRoot, type EditorState, type NodeKey } from 'lexical';

/** The parts of an update listener's payload this reads. */
export interface UpdateDirt {
  dirtyElements: ReadonlyMap<NodeKey, boolean>;
  prevEditorState: EditorState;
  editorState: EditorState;
}

/**
 * The indicators whose content an update changed, from its dirty elements
 * (every ancestor of a changed node is dirty, so a keystroke in a finding
 * marks its indicator). Null when more may have moved: the root was written
 * (its children, the draft's blocks, added, removed or moved) or the whole
 * state replaced. (The root's "intentionally dirty" flag cannot tell: Lexical
 * sets it whenever transforms run.)
 */
export function changedIndicators({ dirtyElements, prevEditorState, editorState }: UpdateDirt): Set<string> | null {
  if (prevEditorState.read($getRoot) !== editorState.read($getRoot)) return null;
  return editorState.read(() => {
    const ids = new Set<string>();
    for (const key of dirtyElements.keys()) {
      const node = $getNodeByKey(key);
      if ($isIndicatorNode(node)) ids.add(node.getIndicatorId());
    }
    return ids;
  });
}
