import type { Answer, FindingKind, IndicatorStatus } from '@roundtable/profile';
import { $getRoot, type EditorState, type NodeKey } from 'lexical';
import { $isDomainHeadingNode } from './DomainHeadingNode.ts';
import { $isIndicatorNode } from './IndicatorNode.ts';
import { $isSectionHeadingNode } from './SectionHeadingNode.ts';

export interface OutlineIndicator {
  key: NodeKey;
  id: string;
  title: string;
  answer: Answer;
  kind: FindingKind;
  status: IndicatorStatus;
}

export interface OutlineDomain {
  /** Key of the DomainHeadingNode; null for indicators found before any domain heading. */
  key: NodeKey | null;
  code: number;
  title: string;
  indicators: OutlineIndicator[];
}

export interface OutlineSection {
  key: NodeKey;
  anchor: string;
  label: string;
}

export interface DraftOutline {
  /** The document title heading, if the draft has one. */
  title: string | null;
  /** Fixed sections (summary, context, key sources) in document order. */
  sections: OutlineSection[];
  domains: OutlineDomain[];
}

/** Reads the structure of the draft (inside `editor.read()` / `editorState.read()`). */
export function $readOutline(): DraftOutline {
  const outline: DraftOutline = { title: null, sections: [], domains: [] };
  let current: OutlineDomain | null = null;
  for (const node of $getRoot().getChildren()) {
    if ($isSectionHeadingNode(node)) {
      if (node.getLevel() === 'title') outline.title ??= node.getLabel();
      else outline.sections.push({ key: node.getKey(), anchor: node.getAnchor(), label: node.getLabel() });
    } else if ($isDomainHeadingNode(node)) {
      current = { key: node.getKey(), code: node.getCode(), title: node.getTitle(), indicators: [] };
      outline.domains.push(current);
    } else if ($isIndicatorNode(node)) {
      if (current === null) {
        current = { key: null, code: 0, title: 'Indicators', indicators: [] };
        outline.domains.push(current);
      }
      current.indicators.push({
        key: node.getKey(),
        id: node.getIndicatorId(),
        title: node.getTitle(),
        answer: node.getAnswer(),
        kind: node.getKind(),
        status: node.getStatus(),
      });
    }
  }
  return outline;
}

export function readOutline(editorState: EditorState): DraftOutline {
  return editorState.read($readOutline);
}
