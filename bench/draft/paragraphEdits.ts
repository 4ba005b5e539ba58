import * as Y from 'yjs';

/**
 * Edits of one paragraph in the shapes @lexical/yjs sends them (measured in
 * /work/shared/DRAFT-UPDATES.md): a text node is a `Y.Map` of its
 * properties followed by its characters in the paragraph's `Y.XmlText`.
 * Each function makes one transaction, so one update.
 */

/** A text node of a paragraph: its property map and its characters. */
export interface TextRun {
  map: Y.Map<unknown>;
  /** Index of the map in the paragraph (an embed counts 1, as Yjs counts). */
  index: number;
  text: string;
}

/** Properties of a new text node, in the order @lexical/yjs writes them. */
const TEXT_NODE = { __type: 'text', __format: 0, __style: '', __mode: 0, __detail: 0 } as const;

/** The text nodes of `paragraph`, in order (line breaks, tabs and links are skipped). */
export function textRuns(paragraph: Y.XmlText): TextRun[] {
  const runs: TextRun[] = [];
  let index = 0;
  let current: TextRun | null = null;
  for (const { insert } of paragraph.toDelta() as { insert: unknown }[]) {
    if (typeof insert === 'string') {
      if (current) current.text += insert;
      index += insert.length;
      continue;
    }
    current = insert instanceof Y.Map && insert.get('__type') === 'text' ? { map: insert, index, text: '' } : null;
    if (current) runs.push(current);
    index++;
  }
  return runs;
}

/** Types `text` at `offset` of `run`; in a paragraph without text nodes, creates one first (as Lexical does). */
export function typeText(paragraph: Y.XmlText, run: TextRun | undefined, offset: number, text: string): void {
  if (run) paragraph.insert(run.index + 1 + offset, text);
  else transact(paragraph, () => insertRun(paragraph, 0, text, TEXT_NODE));
}

/** Deletes `length` characters at `offset` of `run` (Backspace, Ctrl+Backspace). */
export function deleteText(paragraph: Y.XmlText, run: TextRun, offset: number, length: number): void {
  paragraph.delete(run.index + 1 + offset, length);
}

/** Bold, italic or underline toggled on a whole text node: `__format` overwritten on its map. */
export function toggleRunFormat(run: TextRun, bit: number): void {
  run.map.set('__format', formatOf(run) ^ bit);
}

/**
 * Bold (or another format bit) on characters `[offset, offset + length)` of
 * `run`, the way @lexical/yjs sends a split: the node's characters from
 * `offset` on are deleted and re-inserted under new ids as two new text
 * nodes, the formatted word and the rest of the old node.
 */
export function formatWord(paragraph: Y.XmlText, run: TextRun, offset: number, length: number, bit: number): void {
  const word = run.text.slice(offset, offset + length);
  const rest = run.text.slice(offset + length);
  const at = run.index + 1 + offset;
  const properties = Object.fromEntries(Object.keys(TEXT_NODE).map((key) => [key, run.map.get(key)]));
  transact(paragraph, () => {
    paragraph.delete(at, run.text.length - offset);
    insertRun(paragraph, at, word, { ...properties, __format: formatOf(run) ^ bit });
    if (rest !== '') insertRun(paragraph, at + 1 + word.length, rest, properties);
  });
}

function formatOf(run: TextRun): number {
  const format = run.map.get('__format');
  return typeof format === 'number' ? format : 0;
}

function insertRun(paragraph: Y.XmlText, at: number, text: string, properties: Record<string, unknown>): void {
  const map = new Y.Map<unknown>();
  paragraph.insertEmbed(at, map);
  for (const [key, value] of Object.entries(properties)) map.set(key, value);
  paragraph.insert(at + 1, text);
}

function transact(paragraph: Y.XmlText, change: () => void): void {
  const doc = paragraph.doc;
  if (doc === null) throw new Error('paragraphEdits: the paragraph is not in a document');
  doc.transact(change);
}
