import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  mergeRegister,
  PASTE_COMMAND,
  type PointType,
  REMOVE_TEXT_COMMAND,
  SELECT_ALL_COMMAND,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
} from 'lexical';
import { $isDomainHeadingNode } from './DomainHeadingNode.ts';
import { $enclosingIndicatorNode, $isIndicatorNode, type IndicatorNode } from './IndicatorNode.ts';
import { $isSectionHeadingNode } from './SectionHeadingNode.ts';

/** Nodes that make up the structure of the profile: never deleted, merged or pasted by an edit. */
export function $isStructuralNode(node: LexicalNode | null | undefined): boolean {
  return $isIndicatorNode(node) || $isDomainHeadingNode(node) || $isSectionHeadingNode(node);
}

/**
 * Keeps edits inside the editable parts of the draft: blocks deletions and
 * replacements that would remove or merge a heading or an indicator (a
 * selection spanning blocks, Backspace at the start of a finding, a node
 * selection on a heading), strips structural nodes from pasted content, and
 * scopes Select All to the current indicator.
 *
 * Returns the cleanup, like every `register*` of Lexical.
 */
export function registerDraftGuard(editor: LexicalEditor): () => void {
  const blockIfSpanning = (event?: Event | null): boolean => {
    if (!$selectionSpansStructure()) return false;
    event?.preventDefault();
    return true;
  };
  const blockDeletion = (isBackward: boolean, event?: Event | null): boolean => {
    if (!$deletionBreaksStructure(isBackward)) return false;
    event?.preventDefault();
    return true;
  };
  return mergeRegister(
    editor.registerCommand(DELETE_CHARACTER_COMMAND, (isBackward) => blockDeletion(isBackward), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_WORD_COMMAND, (isBackward) => blockDeletion(isBackward), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_LINE_COMMAND, (isBackward) => blockDeletion(isBackward), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(KEY_BACKSPACE_COMMAND, (event) => blockDeletion(true, event), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(KEY_DELETE_COMMAND, (event) => blockDeletion(false, event), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(REMOVE_TEXT_COMMAND, (event) => blockIfSpanning(event), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (payload) => blockIfSpanning(typeof payload === 'string' ? null : payload),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => blockIfSpanning(), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => blockIfSpanning(), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(CUT_COMMAND, (event) => blockIfSpanning(event), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(PASTE_COMMAND, (event) => blockIfSpanning(event), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DROP_COMMAND, (event) => blockIfSpanning(event), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DRAGSTART_COMMAND, (event) => blockIfSpanning(event), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
      ({ nodes, selection }) => {
        if (!nodes.some($isStructuralNode)) return false;
        const kept = nodes.flatMap($unwrapStructural);
        // Same fallback as @lexical/clipboard's $insertGeneratedNodes when no other listener inserts.
        if (
          kept.length > 0 &&
          !editor.dispatchCommand(SELECTION_INSERT_CLIPBOARD_NODES_COMMAND, { nodes: kept, selection })
        ) {
          selection.insertNodes(kept);
        }
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      SELECT_ALL_COMMAND,
      (event) => {
        const indicator = $selectionIndicator();
        if (indicator === null) return false;
        event?.preventDefault();
        $selectIndicatorContent(indicator);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}

/** Indicators paste as their finding paragraphs; headings do not paste at all. */
function $unwrapStructural(node: LexicalNode): LexicalNode[] {
  if ($isIndicatorNode(node)) return node.getChildren().flatMap($unwrapStructural);
  if ($isStructuralNode(node)) return [];
  return [node];
}

/** The child of the root that contains `node` (the root itself has none). */
function $topLevelOf(node: LexicalNode): LexicalNode | null {
  let current: LexicalNode = node;
  for (let parent = current.getParent(); parent !== null; parent = current.getParent()) {
    if (parent === $getRoot() || parent.getParent() === null) return current;
    current = parent;
  }
  return null;
}

function $selectionIndicator(): IndicatorNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const indicator = $enclosingIndicatorNode(selection.anchor.getNode());
  return indicator !== null && indicator === $enclosingIndicatorNode(selection.focus.getNode()) ? indicator : null;
}

/** True when replacing or deleting the current selection would touch the profile's structure. */
export function $selectionSpansStructure(): boolean {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) return selection.getNodes().some($isStructuralNode);
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const anchorNode = selection.anchor.getNode();
  const focusNode = selection.focus.getNode();
  const anchorIndicator = $enclosingIndicatorNode(anchorNode);
  if (anchorIndicator !== null || $enclosingIndicatorNode(focusNode) !== null) {
    // Within one finding is fine; from a finding into anything else is not.
    return (
      anchorIndicator !== $enclosingIndicatorNode(focusNode) ||
      anchorNode === anchorIndicator ||
      focusNode === anchorIndicator
    );
  }
  const anchorTop = $topLevelOf(anchorNode);
  const focusTop = $topLevelOf(focusNode);
  if (anchorTop === null || focusTop === null) return true;
  if (anchorTop === focusTop) return $isStructuralNode(anchorTop);
  const [first, last] = anchorTop.isBefore(focusTop) ? [anchorTop, focusTop] : [focusTop, anchorTop];
  for (let node: LexicalNode | null = first; node !== null; node = node.getNextSibling()) {
    if ($isStructuralNode(node)) return true;
    if (node === last) break;
  }
  return false;
}

/**
 * True when deleting one unit backward/forward from the current selection
 * would delete or merge across a structural boundary: the start of a
 * finding, the end of a finding, or a block next to a heading or indicator.
 */
export function $deletionBreaksStructure(isBackward: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return $selectionSpansStructure();
  const point = selection.anchor;
  const node = point.getNode();
  const container = $enclosingIndicatorNode(node) ?? $getRoot();
  if (node === container) return true;
  let block: LexicalNode = node;
  for (let parent = block.getParent(); parent !== null && parent !== container; parent = block.getParent()) {
    block = parent;
  }
  if (isBackward ? !$isAtEdge(point, block, 'start') : !$isAtEdge(point, block, 'end')) return false;
  const neighbour = isBackward ? block.getPreviousSibling() : block.getNextSibling();
  // Inside a finding, the first and last paragraphs are the edges of the shadow root.
  if ($isIndicatorNode(container)) return neighbour === null;
  return $isStructuralNode(neighbour);
}

function $isAtEdge(point: PointType, block: LexicalNode, edge: 'start' | 'end'): boolean {
  const node = point.getNode();
  if (edge === 'start' && point.offset !== 0) return false;
  if (edge === 'end') {
    const size = $isTextNode(node) ? node.getTextContentSize() : $isElementNode(node) ? node.getChildrenSize() : 0;
    if (point.offset !== size) return false;
  }
  for (let n: LexicalNode = node; n !== block; ) {
    if ((edge === 'start' ? n.getPreviousSibling() : n.getNextSibling()) !== null) return false;
    const parent = n.getParent();
    if (parent === null) return false;
    n = parent;
  }
  return true;
}

function $selectIndicatorContent(indicator: IndicatorNode): void {
  const first = indicator.getFirstChild();
  const last = indicator.getLastChild();
  if (first === null || last === null) return;
  const start = ($isElementNode(first) ? first : indicator).selectStart().anchor;
  const { key, offset, type } = start;
  const selection = ($isElementNode(last) ? last : indicator).selectEnd();
  selection.anchor.set(key, offset, type);
}
