import { findIndicator, nodeTypeOf, topLevelBlocks } from '@roundtable/draft';
import * as Y from 'yjs';

/**
 * The text of a block as @lexical/yjs stores it: its characters, a newline
 * between paragraphs (and for each line break), text-node embeds left out.
 */
export function blockText(type: Y.XmlText): string {
  const parts: string[] = [];
  for (const op of type.toDelta() as { insert: unknown }[]) {
    if (typeof op.insert === 'string') parts.push(op.insert);
    else if (op.insert instanceof Y.XmlText) parts.push(`${blockText(op.insert)}\n`);
    else if (op.insert instanceof Y.Map && op.insert.get('__type') === 'linebreak') parts.push('\n');
  }
  return parts.join('');
}

/** The finding of indicator `id` in a draft document, paragraphs separated by newlines. */
export function findingText(doc: Y.Doc, id: string): string {
  const indicator = findIndicator(doc, id);
  if (indicator === undefined) throw new Error(`indicator ${id} is not in the draft`);
  return blockText(indicator).trimEnd();
}

/** The text under section heading `anchor` (`summary`, `context`, `sources`) up to the next heading or indicator. */
export function sectionText(doc: Y.Doc, anchor: string): string {
  const parts: string[] = [];
  let inside = false;
  for (const block of topLevelBlocks(doc)) {
    const type = nodeTypeOf(block);
    if (type === 'section-heading' || type === 'domain-heading' || type === 'indicator') {
      if (inside) break;
      inside = type === 'section-heading' && block.getAttribute('__anchor') === anchor;
      continue;
    }
    if (inside && block instanceof Y.XmlText) parts.push(blockText(block).trimEnd());
  }
  return parts.join('\n');
}

/** The `__format` bit sets of the text nodes in finding `id` whose text starts with `prefix`. */
export function textFormatsIn(doc: Y.Doc, id: string, prefix: string): number[] {
  const indicator = findIndicator(doc, id);
  if (indicator === undefined) throw new Error(`indicator ${id} is not in the draft`);
  const formats: number[] = [];
  const visit = (type: Y.XmlText): void => {
    const ops = type.toDelta() as { insert: unknown }[];
    ops.forEach((op, i) => {
      const next = ops[i + 1]?.insert;
      if (op.insert instanceof Y.XmlText) visit(op.insert);
      else if (op.insert instanceof Y.Map && typeof next === 'string' && next.startsWith(prefix)) {
        formats.push(Number(op.insert.get('__format')));
      }
    });
  };
  visit(indicator);
  return formats;
}
