import { $isIndicatorNode } from '@roundtable/editor';
import type { Answer, FindingKind, IndicatorStatus } from '@roundtable/profile';
import { $getRoot, $isElementNode, type EditorState } from 'lexical';

/** What the room screen shows of an indicator. */
export interface IndicatorView {
  id: string;
  title: string;
  question: string;
  answer: Answer;
  kind: FindingKind;
  status: IndicatorStatus;
  /** The finding, one string per paragraph or list item. */
  paragraphs: string[];
}

/** Reads indicator `indicatorId` from the draft, or null when the draft has no such indicator. */
export function readIndicatorView(state: EditorState, indicatorId: string): IndicatorView | null {
  return state.read(() => {
    for (const node of $getRoot().getChildren()) {
      if (!$isIndicatorNode(node) || node.getIndicatorId() !== indicatorId) continue;
      const paragraphs = node
        .getChildren()
        .flatMap((child) => ($isElementNode(child) && child.getType() === 'list' ? child.getChildren() : [child]))
        .map((child) => child.getTextContent().trim())
        .filter((text) => text !== '');
      return {
        id: indicatorId,
        title: node.getTitle(),
        question: node.getQuestion(),
        answer: node.getAnswer(),
        kind: node.getKind(),
        status: node.getStatus(),
        paragraphs,
      };
    }
    return null;
  });
}
