import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import type { Klass, LexicalNode } from 'lexical';
import { DomainHeadingNode } from './DomainHeadingNode.ts';
import { IndicatorNode } from './IndicatorNode.ts';
import { SectionHeadingNode } from './SectionHeadingNode.ts';

/**
 * Every node type a draft may contain. Client and server editors MUST register
 * the same list: @lexical/yjs throws on a node type it does not know.
 *
 * No HeadingNode or QuoteNode: inside a finding they would read as the
 * profile's own structure, and the write policy (DRAFT_SCHEMA in
 * @roundtable/draft) refuses them. Without them registered, pasted `<h1>`-`<h6>`
 * and `<blockquote>` have no conversion and arrive as paragraphs. Adding a node
 * here means adding it to DRAFT_SCHEMA too (draftSchemaAgreement.test.ts says so).
 */
export const ROUNDTABLE_NODES: readonly Klass<LexicalNode>[] = [
  SectionHeadingNode,
  DomainHeadingNode,
  IndicatorNode,
  ListNode,
  ListItemNode,
  LinkNode,
];
