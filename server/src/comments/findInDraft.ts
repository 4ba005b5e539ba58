import * as Y from 'yjs';

/**
 * Test support: the first XmlText of a draft whose own string runs contain
 * `needle`, and the needle's index in it (node property embeds count as one).
 */
export function findInDraft(doc: Y.Doc, needle: string): { type: Y.XmlText; index: number } {
  const visit = (type: Y.XmlText): { type: Y.XmlText; index: number } | undefined => {
    let position = 0;
    for (const op of type.toDelta() as { insert: unknown }[]) {
      if (typeof op.insert === 'string') {
        const at = op.insert.indexOf(needle);
        if (at >= 0) return { type, index: position + at };
        position += op.insert.length;
      } else {
        position += 1;
        if (op.insert instanceof Y.XmlText) {
          const found = visit(op.insert);
          if (found) return found;
        }
      }
    }
    return undefined;
  };
  const found = visit(doc.get('root', Y.XmlText));
  if (!found) throw new Error(`"${needle}" is not in the draft`);
  return found;
}

/** Test support: the text of an XmlText's own string runs, embeds left out. */
export function stringRunsOf(type: Y.XmlText): string {
  return (type.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}
