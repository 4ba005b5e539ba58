import * as Y from 'yjs';

// biome-ignore lint/suspicious/noExplicitAny: Yjs types are invariant in their event type; any shared type will do here.
export type AnyType = Y.AbstractType<any>;

/**
 * Walks over a draft document as @lexical/yjs stores it (see
 * {@link DRAFT_SCHEMA}). Every function here is read-only and costs the
 * depth of the tree or the number of top-level blocks, never the size of
 * the text, except {@link walkContent} and {@link textBetween}, which read
 * the content of the one element they are given.
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

/** A piece of an element's content, as {@link walkContent} meets it. */
export type ContentPiece =
  /** Characters at `index` to `index + text.length - 1` of `type`. */
  | { kind: 'text'; type: Y.XmlText; index: number; text: string }
  /**
   * One embedded item at `index` of `type`: a text node's properties, a line
   * break, a decorator, or a nested element, whose own pieces follow it.
   */
  | { kind: 'embed'; type: Y.XmlText; index: number; embed: AnyType }
  /** The end of `type`'s content: `index` is its length. */
  | { kind: 'end'; type: Y.XmlText; index: number };

/**
 * The content of `element` and of every element inside it, depth first in
 * document order. Indexes are those of Yjs positions: an embed counts one,
 * a character one UTF-16 unit. Costs the size of `element`'s content.
 *
 * @example
 * for (const piece of walkContent(findIndicator(doc, '2.4'))) if (piece.kind === 'text') words += piece.text;
 */
export function* walkContent(element: Y.XmlText): Generator<ContentPiece> {
  let index = 0;
  for (const op of element.toDelta() as { insert: unknown }[]) {
    if (typeof op.insert === 'string') {
      yield { kind: 'text', type: element, index, text: op.insert };
      index += op.insert.length;
      continue;
    }
    if (op.insert instanceof Y.AbstractType) {
      yield { kind: 'embed', type: element, index, embed: op.insert };
      if (op.insert instanceof Y.XmlText) yield* walkContent(op.insert);
    }
    index += 1;
  }
  yield { kind: 'end', type: element, index };
}

/**
 * The text from `start` to `end`, two positions in `element` or in elements
 * inside it, as a selection of it reads in the editor: each block of text on
 * its own line, a line break as `\n`. Null when either position is outside
 * `element` or `end` comes before `start`.
 */
export function textBetween(element: Y.XmlText, start: Y.AbsolutePosition, end: Y.AbsolutePosition): string | null {
  let inside = false;
  let text = '';
  let lastBlock: AnyType | null = null;
  const append = (type: Y.XmlText, characters: string): void => {
    const block = blockOf(type, element);
    if (lastBlock !== null && block !== lastBlock) text += '\n';
    text += characters;
    lastBlock = block;
  };
  for (const piece of walkContent(element)) {
    const { type, index } = piece;
    const length = piece.kind === 'text' ? piece.text.length : 1;
    const startsHere = start.type === type && start.index >= index && start.index < index + length;
    const endsHere = end.type === type && end.index >= index && end.index < index + length;
    const from = !inside && startsHere ? start.index - index : 0;
    if (startsHere) inside = true;
    if (endsHere && (!inside || end.index - index < from)) return null;
    if (piece.kind === 'text' && inside) append(type, piece.text.slice(from, endsHere ? end.index - index : undefined));
    if (endsHere) return text;
    if (piece.kind === 'embed' && inside && nodeTypeOf(piece.embed) === 'linebreak') append(type, '\n');
  }
  return null;
}

/** The block `type` belongs to inside `within`: itself, or the paragraph holding it when it is a link. */
function blockOf(type: AnyType, within: Y.XmlText): AnyType {
  let current = type;
  while (current !== within && nodeTypeOf(current) === 'link') {
    const parent = parentTypeOf(current);
    if (parent === null) break;
    current = parent;
  }
  return current;
}
