import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { DomainHeadingNode } from './DomainHeadingNode.ts';
import { IndicatorNode } from './IndicatorNode.ts';
import { SectionHeadingNode } from './SectionHeadingNode.ts';

/**
 * Every node type a draft may contain. Client and server editors MUST register
 * the same list: @lexical/yjs throws on a node type it does not know.
 */
export const ROUNDTABLE_NODES: readonly Klass<LexicalNode>[] = [
  SectionHeadingNode,
  DomainHeadingNode,
  IndicatorNode,
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
];
