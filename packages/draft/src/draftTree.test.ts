import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { draftRoot, enclosingIndicatorId, findIndicator, textBetween, walkContent } from './draftTree.ts';

/** Inline content: a text node (a properties map, then its characters), a link, or a line break. */
type Inline = string | { link: string } | 'linebreak';

function element(parent: Y.XmlText, index: number, type: string, attributes: Record<string, string> = {}): Y.XmlText {
  const node = new Y.XmlText();
  parent.insertEmbed(index, node);
  node.setAttribute('__type', type);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function fill(block: Y.XmlText, content: Inline[]): void {
  for (const part of content) {
    if (typeof part === 'object') {
      fill(element(block, block.length, 'link'), [part.link]);
      continue;
    }
    const properties = new Y.Map<unknown>();
    block.insertEmbed(block.length, properties);
    properties.set('__type', part === 'linebreak' ? 'linebreak' : 'text');
    if (part !== 'linebreak') block.insert(block.length, part);
  }
}

/** Two indicators: 2.4 with two paragraphs (a link and a line break in the first), 2.5 with one. */
function draft(): Y.Doc {
  const doc = new Y.Doc();
  const root = draftRoot(doc);
  const first = element(root, 0, 'indicator', { __indicatorId: '2.4' });
  fill(element(first, 0, 'paragraph'), [
    'Law No. 24/2010 ',
    { link: 'on Labour' },
    ' applies.',
    'linebreak',
    'Since 2012.',
  ]);
  fill(element(first, 1, 'paragraph'), ['A second paragraph.']);
  const second = element(root, 1, 'indicator', { __indicatorId: '2.5' });
  fill(element(second, 0, 'paragraph'), ['Another indicator.']);
  return doc;
}

/** The absolute position of the character `offset` into the first occurrence of `needle`. */
function positionOf(doc: Y.Doc, needle: string, offset = 0): Y.AbsolutePosition {
  for (const piece of walkContent(draftRoot(doc))) {
    if (piece.kind !== 'text') continue;
    const at = piece.text.indexOf(needle);
    if (at >= 0) return new Y.AbsolutePosition(piece.type, piece.index + at + offset);
  }
  throw new Error(`no "${needle}"`);
}

describe('walkContent', () => {
  it('meets every element and run in document order, each with its index in its own element', () => {
    const doc = draft();
    const texts = [...walkContent(draftRoot(doc))].flatMap((p) => (p.kind === 'text' ? [p.text] : []));
    expect(texts).toEqual([
      'Law No. 24/2010 ',
      'on Labour',
      ' applies.',
      'Since 2012.',
      'A second paragraph.',
      'Another indicator.',
    ]);
    const applies = [...walkContent(draftRoot(doc))].find((p) => p.kind === 'text' && p.text === ' applies.');
    // Properties map, 16 characters, the link element, the properties map of " applies.".
    expect(applies?.index).toBe(19);
  });
});

describe('textBetween', () => {
  it('reads the text between two positions of one paragraph', () => {
    const doc = draft();
    const indicator = findIndicator(doc, '2.4') as Y.XmlText;
    expect(textBetween(indicator, positionOf(doc, 'Law'), positionOf(doc, 'Law No. 24', 10))).toBe('Law No. 24');
  });

  it('reads through links, line breaks and paragraphs, one line per block', () => {
    const doc = draft();
    const indicator = findIndicator(doc, '2.4') as Y.XmlText;
    expect(textBetween(indicator, positionOf(doc, '24/2010'), positionOf(doc, 'second', 6))).toBe(
      '24/2010 on Labour applies.\nSince 2012.\nA second',
    );
  });

  it('gives an empty text for a collapsed range', () => {
    const doc = draft();
    const indicator = findIndicator(doc, '2.4') as Y.XmlText;
    expect(textBetween(indicator, positionOf(doc, 'Since'), positionOf(doc, 'Since'))).toBe('');
  });

  it('refuses a range whose end comes before its start', () => {
    const doc = draft();
    const indicator = findIndicator(doc, '2.4') as Y.XmlText;
    expect(textBetween(indicator, positionOf(doc, 'Since'), positionOf(doc, 'Law'))).toBeNull();
    expect(textBetween(indicator, positionOf(doc, 'Since', 3), positionOf(doc, 'Since', 1))).toBeNull();
  });

  it('refuses positions outside the element it reads', () => {
    const doc = draft();
    const indicator = findIndicator(doc, '2.4') as Y.XmlText;
    expect(textBetween(indicator, positionOf(doc, 'Law'), positionOf(doc, 'Another', 7))).toBeNull();
    expect(enclosingIndicatorId(positionOf(doc, 'Another').type)).toBe('2.5');
  });
});
