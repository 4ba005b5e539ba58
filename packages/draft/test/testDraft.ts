import * as Y from 'yjs';
import { draftRoot, findIndicator } from '../src/draftTree.ts';

/**
 * Test support: a small draft laid out exactly as @lexical/yjs stores one
 * (see DRAFT_SCHEMA), built without Lexical so the policy's tests stay in
 * this package. Title, summary, a read-only introduction, context, two
 * domains with three indicators, and the key sources list.
 */
export function createTestDraft(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 1;
  doc.transact(() => {
    const root = draftRoot(doc);
    heading(root, 'section-heading', { __anchor: 'title', __label: 'Test profile', __level: 'title' });
    heading(root, 'section-heading', { __anchor: 'summary', __label: 'Summary', __level: 'section' });
    paragraph(root, 'The summary says hello.');
    heading(root, 'section-heading', { __anchor: 'introduction', __label: 'Introduction', __level: 'section' });
    paragraph(root, 'Standard introduction text.');
    heading(root, 'section-heading', { __anchor: 'context', __label: 'Country context', __level: 'section' });
    paragraph(root, 'A small country.');
    heading(root, 'domain-heading', { __code: 1, __title: "Migrants' rights" });
    indicator(root, '1.1', ['Healthcare is open to all.']);
    indicator(root, '1.2', ['Schools admit every child.', 'A second paragraph.']);
    heading(root, 'domain-heading', { __code: 2, __title: 'Whole-of-government approach' });
    indicator(root, '2.1', ['A lead agency exists.']);
    heading(root, 'section-heading', { __anchor: 'sources', __label: 'Key sources', __level: 'section' });
    const list = block(root, 'list', { __tag: 'ul', __start: 1, __listType: 'bullet' });
    for (const [i, title] of ['Law No. 1 on Foreigners (2019)', 'Decree No. 7 (2021)'].entries()) {
      const item = block(list, 'listitem', { __value: i + 1, __checked: undefined });
      appendText(item, title);
    }
  });
  return doc;
}

export const ELEMENT_DEFAULTS = {
  __format: 0,
  __style: '',
  __indent: 0,
  __dir: null,
  __textFormat: 0,
  __textStyle: '',
} as const;

export const TEXT_DEFAULTS = { __format: 0, __style: '', __mode: 0, __detail: 0 } as const;

function heading(root: Y.XmlText, type: string, attributes: Record<string, unknown>): Y.XmlElement {
  const element = new Y.XmlElement();
  root.insertEmbed(root.length, element);
  element.setAttribute('__type', type);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value as string);
  return element;
}

/** Appends an element node of `type` to `parent`, with the element defaults and `attributes`. */
export function block(
  parent: Y.XmlText,
  type: string,
  attributes: Record<string, unknown> = {},
  at = parent.length,
): Y.XmlText {
  const text = new Y.XmlText();
  parent.insertEmbed(at, text);
  text.setAttribute('__type', type);
  for (const [key, value] of Object.entries({ ...ELEMENT_DEFAULTS, ...attributes })) {
    text.setAttribute(key, value as string);
  }
  return text;
}

/** Appends a paragraph holding one text node. */
export function paragraph(parent: Y.XmlText, text: string, at = parent.length): Y.XmlText {
  const p = block(parent, 'paragraph', {}, at);
  appendText(p, text);
  return p;
}

/** Appends a text node (its property map, then its characters). */
export function appendText(parent: Y.XmlText, text: string, attributes: Record<string, unknown> = {}): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  parent.insertEmbed(parent.length, map);
  map.set('__type', 'text');
  for (const [key, value] of Object.entries({ ...TEXT_DEFAULTS, ...attributes })) map.set(key, value);
  parent.insert(parent.length, text);
  return map;
}

function indicator(root: Y.XmlText, id: string, paragraphs: string[]): Y.XmlText {
  const node = block(root, 'indicator', {
    __indicatorId: id,
    __title: `Indicator ${id}`,
    __question: `Does ${id} hold?`,
    __answer: 'partial',
    __kind: 'well-developed',
    __status: 'not-discussed',
    __sources: JSON.stringify([{ title: 'Law No. 1 on Foreigners (2019)', kind: 'law', year: 2019 }]),
  });
  for (const text of paragraphs) paragraph(node, text);
  return node;
}

/** A client's copy of `doc`, with its own client id, as after a sync. */
export function clientCopy(doc: Y.Doc, clientID = 1000): Y.Doc {
  const copy = new Y.Doc();
  copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The update `change` makes to `doc` (all its transactions merged). */
export function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listen = (update: Uint8Array): void => {
    updates.push(update);
  };
  doc.on('update', listen);
  try {
    doc.transact(() => change(doc));
  } finally {
    doc.off('update', listen);
  }
  return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
}

/** Indicator `id` of `doc`; throws when missing. */
export function indicatorOf(doc: Y.Doc, id: string): Y.XmlText {
  const found = findIndicator(doc, id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
}

/** The `n`th child block (XmlText) of an element. */
export function childBlock(parent: Y.XmlText, n = 0): Y.XmlText {
  const children = (parent.toDelta() as { insert: unknown }[])
    .map((op) => op.insert)
    .filter((x): x is Y.XmlText => x instanceof Y.XmlText);
  const child = children[n];
  if (child === undefined) throw new Error(`no child block ${n}`);
  return child;
}

/** The top-level block that follows the heading of section `anchor`. */
export function sectionBlock(doc: Y.Doc, anchor: string): Y.XmlText {
  const ops = draftRoot(doc).toDelta() as { insert: unknown }[];
  const at = ops.findIndex((op) => op.insert instanceof Y.XmlElement && op.insert.getAttribute('__anchor') === anchor);
  const next = ops[at + 1]?.insert;
  if (!(next instanceof Y.XmlText)) throw new Error(`no block after ${anchor}`);
  return next;
}

/** The text of an element's own string runs (embeds left out). */
export function textOf(type: Y.XmlText): string {
  return (type.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/** All text of the draft, block by block, for comparing documents. */
export function draftText(doc: Y.Doc): string {
  const walk = (type: Y.XmlText): string =>
    (type.toDelta() as { insert: unknown }[])
      .map((op) => {
        if (typeof op.insert === 'string') return op.insert;
        if (op.insert instanceof Y.XmlText) return `[${walk(op.insert)}]`;
        if (op.insert instanceof Y.XmlElement)
          return `<${op.insert.getAttribute('__anchor') ?? op.insert.getAttribute('__code')}>`;
        return '';
      })
      .join('');
  return walk(draftRoot(doc));
}
