import { $getAnchorAndFocusForUserState, type Binding, type UserState } from '@lexical/yjs';
import { $isElementNode, $isTextNode, type NodeKey, type PointType } from 'lexical';
import * as Y from 'yjs';
import type { CollabBinding } from '../editor/createCursorRefresher.ts';

/** The parts of @lexical/yjs's collab nodes these functions read (its classes are not exported). */
interface CollabTextLike {
  _text: string;
  _parent: { _xmlText: Y.XmlText };
  getOffset(): number;
}
interface CollabElementLike {
  _xmlText: Y.XmlText;
}

/** The binding of CollaborationPlugin (v1), which maps Lexical keys to the Yjs types holding them. */
export function isBindingV1(binding: CollabBinding | null): binding is Binding {
  return binding !== null && 'collabNodeMap' in binding;
}

/**
 * A Yjs relative position for a Lexical point, as @lexical/yjs computes it
 * for cursors (its `createRelativePosition` is not exported): in the parent's
 * XmlText, a text node starts one item after its offset (the item holding its
 * properties). `assoc` 0 sticks to the character after the point, -1 to the one before.
 */
export function $relativePositionOfPoint(point: PointType, binding: Binding, assoc: number): Y.RelativePosition | null {
  const collabNode = binding.collabNodeMap.get(point.key) as unknown as Partial<CollabTextLike & CollabElementLike>;
  if (collabNode === undefined) return null;
  if (point.type === 'text') {
    if (typeof collabNode._text !== 'string' || collabNode._parent === undefined || !collabNode.getOffset) return null;
    const offset = collabNode.getOffset();
    if (offset === -1) return null;
    return Y.createRelativePositionFromTypeIndex(collabNode._parent._xmlText, offset + 1 + point.offset, assoc);
  }
  const element = point.getNode();
  if (collabNode._xmlText === undefined || !$isElementNode(element)) return null;
  let index = 0;
  let child = element.getFirstChild();
  for (let i = 0; child !== null && i < point.offset; i++) {
    index += $isTextNode(child) ? child.getTextContentSize() + 1 : 1;
    child = child.getNextSibling();
  }
  return Y.createRelativePositionFromTypeIndex(collabNode._xmlText, index, assoc);
}

export interface ResolvedRange {
  anchorKey: NodeKey;
  anchorOffset: number;
  focusKey: NodeKey;
  focusOffset: number;
  /** Start and end are in different paragraphs (the server cannot apply wording over such a range). */
  spansBlocks: boolean;
}

/**
 * Where a pair of relative positions points in the editor now, or null when
 * the text between them is gone (deleted, or the positions no longer resolve).
 */
export function $resolvePositions(
  binding: Binding,
  start: Y.RelativePosition,
  end: Y.RelativePosition,
): ResolvedRange | null {
  let absoluteStart: Y.AbsolutePosition | null;
  let absoluteEnd: Y.AbsolutePosition | null;
  try {
    absoluteStart = Y.createAbsolutePositionFromRelativePosition(start, binding.doc);
    absoluteEnd = Y.createAbsolutePositionFromRelativePosition(end, binding.doc);
  } catch {
    return null;
  }
  if (absoluteStart === null || absoluteEnd === null) return null;
  const spansBlocks = absoluteStart.type !== absoluteEnd.type;
  if (!spansBlocks && absoluteEnd.index <= absoluteStart.index) return null;
  const state = { anchorPos: start, focusPos: end } as unknown as UserState;
  const { anchorKey, anchorOffset, focusKey, focusOffset } = $getAnchorAndFocusForUserState(binding, state);
  if (anchorKey === null || focusKey === null) return null;
  return { anchorKey, anchorOffset, focusKey, focusOffset, spansBlocks };
}
