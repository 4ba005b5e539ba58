import { encodeAnchorPosition } from '@roundtable/draft';
import type { ThreadAnchor } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProfileDocument } from './readProfileDocument.ts';

const metadata = { title: 'Fallback title', country: 'Veloria', year: 2026 };

/** An element node as @lexical/yjs stores it: a Y.XmlText with `__` attributes, embedded in `parent` at `index`. */
function element(parent: Y.XmlText, index: number, type: string, attributes: Record<string, unknown> = {}): Y.XmlText {
  const node = new Y.XmlText();
  parent.insertEmbed(index, node);
  node.setAttribute('__type', type);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as string);
  return node;
}

/** A text node (a Y.Map of its properties) followed by its characters, at `index` of `parent`; returns the next index. */
function text(parent: Y.XmlText, index: number, characters: string, format = 0): number {
  const properties = new Y.Map<unknown>();
  parent.insertEmbed(index, properties);
  properties.set('__type', 'text');
  properties.set('__format', format);
  parent.insert(index + 1, characters);
  return index + 1 + characters.length;
}

function draft(): { doc: Y.Doc; first: Y.XmlText; second: Y.XmlText } {
  const doc = new Y.Doc();
  const root = doc.get('root', Y.XmlText);
  let at = 0;
  const heading = new Y.XmlElement('section-heading');
  root.insertEmbed(at++, heading);
  heading.setAttribute('__type', 'section-heading');
  heading.setAttribute('__anchor', 'title');
  heading.setAttribute('__level', 'title');
  heading.setAttribute('__label', 'Profil de la République de Veloria');
  const domain = new Y.XmlElement('domain-heading');
  root.insertEmbed(at++, domain);
  domain.setAttribute('__type', 'domain-heading');
  domain.setAttribute('__code', 2 as unknown as string);
  domain.setAttribute('__title', 'Whole-of-government approach');
  const indicator = element(root, at++, 'indicator', {
    __indicatorId: '2.4',
    __title: 'Local authorities',
    __question: 'Do they?',
    __answer: 'partial',
    __kind: 'bogus-kind',
    __status: 'agreed',
    __sources: JSON.stringify([{ title: 'Law No. 24/2010', kind: 'law', year: 2010 }]),
  });
  const first = element(indicator, 0, 'paragraph');
  let i = text(first, 0, 'Law ');
  i = text(first, i, 'No. 24', 1);
  const link = element(first, i++, 'link', { __url: 'https://example.org/law' });
  text(link, 0, ' see', 2);
  const lineBreak = new Y.Map<unknown>();
  first.insertEmbed(i++, lineBreak);
  lineBreak.set('__type', 'linebreak');
  text(first, i, 'next line');
  const second = element(indicator, 1, 'paragraph');
  text(second, 0, 'Second paragraph.');
  const list = element(indicator, 2, 'list', { __tag: 'ol', __listType: 'number' });
  const item = element(list, 0, 'listitem');
  text(item, 0, 'one');
  const holder = element(list, 1, 'listitem');
  const nested = element(holder, 0, 'list', { __tag: 'ul', __listType: 'bullet' });
  text(element(nested, 0, 'listitem'), 0, 'sub');
  return { doc, first, second };
}

const anchor = (type: Y.XmlText, from: number, to: Y.XmlText, end: number): ThreadAnchor => ({
  start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(type, from)),
  end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(to, end, -1)),
  quote: 'x',
});

describe('readProfileDocument', () => {
  it('reads the title, domains, fields, formatted runs, links, line breaks and nested lists', () => {
    const { profile, placed } = readProfileDocument(draft().doc, metadata);
    expect(profile.title).toBe('Profil de la République de Veloria');
    expect(placed.size).toBe(0);
    const [domain] = profile.domains;
    expect(domain).toMatchObject({ code: 2, name: 'Whole-of-government approach' });
    const indicator = domain?.indicators[0];
    expect(indicator).toMatchObject({ id: '2.4', answer: 'partial', kind: undefined, status: 'agreed' });
    expect(indicator?.sources).toEqual([{ title: 'Law No. 24/2010', kind: 'law', year: 2010 }]);
    expect(indicator?.finding).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'Law ', format: 0 },
          { kind: 'text', text: 'No. 24', format: 1 },
          { kind: 'text', text: ' see', format: 2, link: 'https://example.org/law' },
          { kind: 'break' },
          { kind: 'text', text: 'next line', format: 0 },
        ],
      },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Second paragraph.', format: 0 }] },
      {
        kind: 'list',
        ordered: true,
        items: [
          { level: 0, inlines: [{ kind: 'text', text: 'one', format: 0 }] },
          { level: 1, inlines: [{ kind: 'text', text: 'sub', format: 0 }] },
        ],
      },
    ]);
  });

  it('places a thread’s marks inside a run, and across paragraphs, ends before starts', () => {
    const { doc, first, second } = draft();
    // 'Law ' is at 1..4 of the first paragraph (the text node's properties are at 0).
    const inside = { id: 'a', indicatorId: '2.4', anchor: anchor(first, 2, first, 4) };
    const across = { id: 'b', indicatorId: '2.4', anchor: anchor(first, 4, second, 7) };
    const elsewhere = { id: 'c', indicatorId: '9.9', anchor: anchor(first, 1, first, 3) };
    const { profile, placed } = readProfileDocument(doc, metadata, [inside, across, elsewhere]);
    expect([...placed].sort()).toEqual(['a', 'b']);
    const [p1, p2] = profile.domains[0]?.indicators[0]?.finding ?? [];
    expect(p1?.kind === 'paragraph' && p1.inlines.slice(0, 6)).toEqual([
      { kind: 'text', text: 'L', format: 0 },
      { kind: 'mark', edge: 'start', id: 'a' },
      { kind: 'text', text: 'aw', format: 0 },
      { kind: 'mark', edge: 'end', id: 'a' },
      { kind: 'mark', edge: 'start', id: 'b' },
      { kind: 'text', text: ' ', format: 0 },
    ]);
    expect(p2?.kind === 'paragraph' && p2.inlines).toEqual([
      { kind: 'text', text: 'Second', format: 0 },
      { kind: 'mark', edge: 'end', id: 'b' },
      { kind: 'text', text: ' paragraph.', format: 0 },
    ]);
  });

  it('leaves out anchors it cannot read or that name edits it has not seen', () => {
    const { doc } = draft();
    const other = new Y.Doc();
    const unseen = other.get('root', Y.XmlText);
    unseen.insert(0, 'elsewhere');
    const foreign = {
      start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(unseen, 1)),
      end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(unseen, 3)),
      quote: 'ls',
    };
    const threads = [
      { id: 'x', indicatorId: '2.4', anchor: { start: 'not base64!', end: 'AAAA', quote: 'q' } },
      { id: 'y', indicatorId: '2.4', anchor: foreign },
    ];
    expect(readProfileDocument(doc, metadata, threads).placed.size).toBe(0);
  });
});
