import { type AnyType, attributeOf, draftRoot, findIndicator, nodeTypeOf } from '@roundtable/draft';
import * as Y from 'yjs';
import { loaded } from './draftState.ts';

/**
 * Edits a draft the way the app's editor does (@lexical/yjs layout), so
 * tests pass the server's write policy: text goes into a paragraph after a
 * text node's property map. Every draft, even an empty one, has a Summary
 * paragraph; demo drafts have indicators and an Introduction.
 *
 * The second half of this file makes the edits the policy refuses (forged
 * fields, structural changes, foreign types): tests edit drafts here only.
 */

/**
 * Where a test types: the Summary's first paragraph, the first paragraph
 * after the heading of another section (`{ section: 'introduction' }`), or
 * the first paragraph of an indicator's finding.
 */
export type DraftSpot = 'summary' | { section: string } | { indicatorId: string };

const TEXT_NODE = { __type: 'text', __format: 0, __style: '', __mode: 0, __detail: 0 } as const;
const PARAGRAPH = {
  __type: 'paragraph',
  __format: 0,
  __style: '',
  __indent: 0,
  __dir: null,
  __textFormat: 0,
  __textStyle: '',
} as const;

/** The paragraph (an XmlText) at `spot`; throws when the document has not synced it yet. */
export function paragraphAt(doc: Y.Doc, spot: DraftSpot = 'summary'): Y.XmlText {
  const section = spot === 'summary' ? 'summary' : 'section' in spot ? spot.section : null;
  const container =
    typeof spot === 'object' && 'indicatorId' in spot ? findIndicator(doc, spot.indicatorId) : draftRoot(doc);
  if (container === undefined) throw new Error(`paragraphAt: no indicator ${JSON.stringify(spot)}`);
  let inSection = section === null;
  for (const op of container.toDelta() as { insert: unknown }[]) {
    const node = op.insert;
    if (node instanceof Y.XmlElement && node.getAttribute('__anchor') === section) inSection = true;
    if (inSection && node instanceof Y.XmlText && nodeTypeOf(node) === 'paragraph') return node;
  }
  throw new Error(`paragraphAt: no paragraph at ${JSON.stringify(spot)} (not synced yet?)`);
}

/** Types `text` at character `index` of the paragraph at `spot`, creating its text node if it has none. */
export function typeInDraft(doc: Y.Doc, text: string, index = 0, spot: DraftSpot = 'summary'): void {
  const paragraph = paragraphAt(doc, spot);
  doc.transact(() => {
    const first = (paragraph.toDelta() as { insert: unknown }[])[0]?.insert;
    if (!(first instanceof Y.Map)) {
      const map = new Y.Map<unknown>();
      paragraph.insertEmbed(0, map);
      for (const [key, value] of Object.entries(TEXT_NODE)) map.set(key, value);
    }
    paragraph.insert(1 + index, text);
  });
}

/** Types `text` after the last character of the paragraph at `spot` (see {@link typeInDraft}). */
export function appendInDraft(doc: Y.Doc, text: string, spot: DraftSpot = 'summary'): void {
  typeInDraft(doc, text, textAt(doc, spot).length, spot);
}

/** Deletes `length` characters at `index` of the paragraph at `spot`. */
export function deleteInDraft(doc: Y.Doc, index: number, length: number, spot: DraftSpot = 'summary'): void {
  paragraphAt(doc, spot).delete(1 + index, length);
}

/**
 * The characters of the paragraph at `spot`: empty when the document lacks
 * the paragraph (not synced yet), a throw when there is no document at all.
 */
export function textAt(doc: Y.Doc | undefined, spot: DraftSpot = 'summary'): string {
  const present = loaded(doc);
  try {
    return stringRuns(paragraphAt(present, spot));
  } catch {
    return '';
  }
}

/**
 * Adds a paragraph holding `text` at the end of a finding (`{ indicatorId }`),
 * or right after the first paragraph of a section: what pressing Enter does.
 */
export function addParagraph(doc: Y.Doc, text: string, spot: DraftSpot = 'summary'): void {
  doc.transact(() => {
    const after = paragraphAt(doc, spot);
    const parent = after.parent as Y.XmlText;
    const at = typeof spot === 'object' && 'indicatorId' in spot ? parent.length : indexIn(parent, after) + 1;
    const paragraph = insertElement(parent, at, PARAGRAPH);
    const map = new Y.Map<unknown>();
    paragraph.insertEmbed(0, map);
    for (const [key, value] of Object.entries(TEXT_NODE)) map.set(key, value);
    paragraph.insert(1, text);
  });
}

/** Deletes the last paragraph of finding `indicatorId` (selecting it and pressing Backspace). */
export function deleteLastParagraph(doc: Y.Doc, indicatorId: string): void {
  const indicator = indicatorBlock(doc, indicatorId);
  indicator.delete(indicator.length - 1, 1);
}

/**
 * Moves the last paragraph of finding `indicatorId` to its top the way a
 * drag does: deletes it and inserts a copy.
 */
export function moveLastParagraphToTop(doc: Y.Doc, indicatorId: string): void {
  doc.transact(() => {
    const indicator = indicatorBlock(doc, indicatorId);
    const last = (indicator.toDelta() as { insert: unknown }[]).at(-1)?.insert;
    if (!(last instanceof Y.XmlText)) throw new Error(`no paragraph in finding ${indicatorId}`);
    const copy = plainNode(last);
    indicator.delete(indicator.length - 1, 1);
    recreate(indicator, 0, copy);
  });
}

/** The texts of every paragraph of finding `indicatorId`, in order. */
export function findingParagraphs(doc: Y.Doc | undefined, indicatorId: string): string[] {
  const indicator = findIndicator(loaded(doc), indicatorId);
  if (indicator === undefined) return [];
  return (indicator.toDelta() as { insert: unknown }[])
    .map((op) => op.insert)
    .filter((node): node is Y.XmlText => node instanceof Y.XmlText)
    .map(stringRuns);
}

/** The current value of field `key` (`__answer`, `__status`...) of indicator `indicatorId`. */
export function indicatorField(doc: Y.Doc | undefined, indicatorId: string, key: string): unknown {
  const indicator = findIndicator(loaded(doc), indicatorId);
  return indicator === undefined ? undefined : attributeOf(indicator, key);
}

/** Sets field `key` of indicator `indicatorId` in the document, as a client would (allowed for some). */
export function setIndicatorField(doc: Y.Doc, indicatorId: string, key: string, value: unknown): void {
  indicatorBlock(doc, indicatorId).setAttribute(key, value as string);
}

/** Ids of the draft's indicator blocks in document order (a copy of `indicatorIds` for tests' readability). */
export function indicatorOrder(doc: Y.Doc | undefined): string[] {
  const ids: string[] = [];
  for (const op of draftRoot(loaded(doc)).toDelta() as { insert: unknown }[]) {
    if (op.insert instanceof Y.XmlText && nodeTypeOf(op.insert) === 'indicator') {
      ids.push(String(attributeOf(op.insert, '__indicatorId')));
    }
  }
  return ids;
}

/** The heading of section `anchor` (`summary`, `introduction`...). */
export function sectionHeading(doc: Y.Doc, anchor: string): Y.XmlElement {
  for (const op of draftRoot(doc).toDelta() as { insert: unknown }[]) {
    if (op.insert instanceof Y.XmlElement && op.insert.getAttribute('__anchor') === anchor) return op.insert;
  }
  throw new Error(`no section ${anchor}`);
}

/** The top-level blocks after the heading of section `anchor`, up to the next heading or indicator. */
export function sectionBlocks(doc: Y.Doc, anchor: string): Y.XmlText[] {
  const blocks: Y.XmlText[] = [];
  let inSection = false;
  for (const op of draftRoot(doc).toDelta() as { insert: unknown }[]) {
    const node = op.insert;
    if (node instanceof Y.XmlElement) {
      if (inSection) break;
      inSection = node.getAttribute('__anchor') === anchor;
    } else if (inSection && node instanceof Y.XmlText) {
      if (nodeTypeOf(node) === 'indicator') break;
      blocks.push(node);
    }
  }
  return blocks;
}

/** The text of each top-level block of section `anchor` (see {@link sectionBlocks}). */
export function sectionTexts(doc: Y.Doc | undefined, anchor: string): string[] {
  return doc === undefined ? [] : sectionBlocks(doc, anchor).map(stringRuns);
}

// --- edits the write policy refuses --------------------------------------------

/** Deletes indicator block `indicatorId` from the draft: a structural change (refused for members). */
export function deleteIndicatorBlock(doc: Y.Doc, indicatorId: string): void {
  const root = draftRoot(doc);
  root.delete(indexIn(root, indicatorBlock(doc, indicatorId)), 1);
}

/**
 * Moves indicator block `indicatorId` to just before `beforeIndicatorId` the
 * only way Yjs can: deletes it and inserts a copy (attributes and finding).
 */
export function moveIndicatorBlock(doc: Y.Doc, indicatorId: string, beforeIndicatorId: string): void {
  doc.transact(() => {
    const root = draftRoot(doc);
    const moved = indicatorBlock(doc, indicatorId);
    const copy = plainNode(moved);
    root.delete(indexIn(root, moved), 1);
    recreate(root, indexIn(root, indicatorBlock(doc, beforeIndicatorId)), copy);
  });
}

/** Inserts a new indicator block `indicatorId` with one paragraph after indicator `afterIndicatorId`. */
export function insertIndicatorBlock(doc: Y.Doc, indicatorId: string, afterIndicatorId: string): void {
  doc.transact(() => {
    const root = draftRoot(doc);
    const at = indexIn(root, indicatorBlock(doc, afterIndicatorId)) + 1;
    const block = insertElement(root, at, {
      ...PARAGRAPH,
      __type: 'indicator',
      __indicatorId: indicatorId,
      __title: 'Forged indicator',
      __question: 'Is this indicator forged?',
      __answer: 'yes',
      __kind: 'well-developed',
      __status: 'agreed',
      __sources: '[]',
    });
    const paragraph = insertElement(block, 0, PARAGRAPH);
    const map = new Y.Map<unknown>();
    paragraph.insertEmbed(0, map);
    for (const [key, value] of Object.entries(TEXT_NODE)) map.set(key, value);
    paragraph.insert(1, 'A finding nobody wrote.');
  });
}

/**
 * Gives the first text node of the paragraph at `spot` (or the paragraph itself) the inline CSS `css`,
 * which Lexical would apply in every member's page: the draft holds no inline styles.
 */
export function styleInDraft(doc: Y.Doc, css: string, spot: DraftSpot, on: 'text' | 'paragraph'): void {
  const paragraph = paragraphAt(doc, spot);
  const textNode = (paragraph.toDelta() as { insert: unknown }[])[0]?.insert;
  if (on === 'paragraph') paragraph.setAttribute('__style', css);
  else if (textNode instanceof Y.Map) textNode.set('__style', css);
  else throw new Error(`styleInDraft: no text node at ${JSON.stringify(spot)}`);
}

/** Writes into top-level type `name`, which the draft does not have (any non-Lexical use of the document). */
export function writeForeignType(doc: Y.Doc, name: string, text: string): void {
  doc.getText(name).insert(0, text);
}

// --- internals ---------------------------------------------------------------

function indicatorBlock(doc: Y.Doc, indicatorId: string): Y.XmlText {
  const indicator = findIndicator(doc, indicatorId);
  if (indicator === undefined) throw new Error(`no indicator ${indicatorId} (not synced yet?)`);
  return indicator;
}

function stringRuns(type: Y.XmlText): string {
  return (type.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/** Position of embedded `child` in `parent`, counting characters and embeds. */
function indexIn(parent: Y.XmlText, child: AnyType): number {
  let index = 0;
  for (const op of parent.toDelta() as { insert: unknown }[]) {
    if (op.insert === child) return index;
    index += typeof op.insert === 'string' ? op.insert.length : 1;
  }
  throw new Error('indexIn: not a child');
}

function insertElement(parent: Y.XmlText, at: number, attributes: Record<string, unknown>): Y.XmlText {
  const element = new Y.XmlText();
  parent.insertEmbed(at, element);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value as string);
  return element;
}

/** An element read into plain data, so a copy can be made after the original is deleted. */
interface PlainNode {
  attributes: Record<string, unknown>;
  /** Characters, text-node property maps, and child elements, in order. */
  content: (string | { map: Record<string, unknown> } | PlainNode)[];
}

function plainNode(element: Y.XmlText): PlainNode {
  const content: PlainNode['content'] = [];
  for (const op of element.toDelta() as { insert: unknown }[]) {
    const node = op.insert;
    if (typeof node === 'string') content.push(node);
    else if (node instanceof Y.XmlText) content.push(plainNode(node));
    else if (node instanceof Y.Map) content.push({ map: Object.fromEntries(node.entries()) });
  }
  return { attributes: element.getAttributes(), content };
}

/** Inserts a copy of `node` at `at` in `parent` (new items: what a drag or a cut and paste sends). */
function recreate(parent: Y.XmlText, at: number, node: PlainNode): void {
  const element = insertElement(parent, at, node.attributes);
  for (const part of node.content) {
    if (typeof part === 'string') element.insert(element.length, part);
    else if ('map' in part) {
      const map = new Y.Map<unknown>();
      element.insertEmbed(element.length, map);
      for (const [key, value] of Object.entries(part.map)) map.set(key, value);
    } else recreate(element, element.length, part);
  }
}
