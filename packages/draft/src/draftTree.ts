import * as Y from 'yjs';

// biome-ignore lint/suspicious/noExplicitAny: Yjs types are invariant in their event type; any shared type will do here.
export type AnyType = Y.AbstractType<any>;

/**
 * Walks over a draft document as @lexical/yjs stores it (see
 * {@link DRAFT_SCHEMA}). Every function here is read-only and costs the
 * depth of the tree or the number of top-level blocks, never the size of
 * the text.
 */

/** Name of the top-level type holding the draft (CollaborationPlugin's binding root). */
export const DRAFT_ROOT = 'root';

/** The draft's root type. */
export function draftRoot(doc: Y.Doc): Y.XmlText {
  return doc.get(DRAFT_ROOT, Y.XmlText);
}

/** The Lexical node type a shared type stands for (`__type`), or undefined (the root has none). */
export function nodeTypeOf(type: AnyType): string | undefined {
  const value = attributeOf(type, '__type');
  return typeof value === 'string' ? value : undefined;
}

/** The current value of attribute `key` of an element, decorator or text-node type. */
export function attributeOf(type: AnyType, key: string): unknown {
  const item = type._map.get(key);
  if (item === undefined || item.deleted) return undefined;
  const content = item.content.getContent();
  return content[content.length - 1];
}

/** The type that holds `type` (null for a top-level type or a detached one). */
export function parentTypeOf(type: AnyType): AnyType | null {
  const item = type._item;
  if (item === null) return null;
  return item.parent instanceof Y.AbstractType ? item.parent : null;
}

/** The indicator block that contains `type` (or is `type`), or null outside every indicator. */
export function enclosingIndicator(type: AnyType | null): Y.XmlText | null {
  for (let current = type; current !== null; current = parentTypeOf(current)) {
    if (current instanceof Y.XmlText && nodeTypeOf(current) === 'indicator') return current;
  }
  return null;
}

/** The id of the indicator that contains `type`, or null. */
export function enclosingIndicatorId(type: AnyType | null): string | null {
  const indicator = enclosingIndicator(type);
  if (indicator === null) return null;
  const id = attributeOf(indicator, '__indicatorId');
  return typeof id === 'string' ? id : null;
}

/** Live top-level blocks of the draft, in document order. */
export function* topLevelBlocks(doc: Y.Doc): Generator<Y.XmlText | Y.XmlElement> {
  for (let item = draftRoot(doc)._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const type = item.content.type;
    if (type instanceof Y.XmlText || type instanceof Y.XmlElement) yield type;
  }
}

/** The indicator block with id `indicatorId`, or undefined. */
export function findIndicator(doc: Y.Doc, indicatorId: string): Y.XmlText | undefined {
  for (const block of topLevelBlocks(doc)) {
    if (
      block instanceof Y.XmlText &&
      nodeTypeOf(block) === 'indicator' &&
      attributeOf(block, '__indicatorId') === indicatorId
    ) {
      return block;
    }
  }
  return undefined;
}

/** Ids of every indicator of the draft, in document order. */
export function indicatorIds(doc: Y.Doc): string[] {
  const ids: string[] = [];
  for (const block of topLevelBlocks(doc)) {
    if (nodeTypeOf(block) !== 'indicator') continue;
    const id = attributeOf(block, '__indicatorId');
    if (typeof id === 'string') ids.push(id);
  }
  return ids;
}
