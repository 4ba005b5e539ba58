import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { block, childBlock, createTestDraft, indicatorOf, paragraph } from '../test/testDraft.ts';
import { draftViolations } from './draftViolations.ts';

describe('draftViolations', () => {
  it('finds nothing in a valid draft, nor in an empty top-level type', () => {
    const doc = createTestDraft();
    doc.getMap('empty');
    doc.getText('blank');
    expect(draftViolations(doc)).toEqual([]);
  });

  it('names top-level types other than the root that hold something, in a map or in a sequence', () => {
    const doc = createTestDraft();
    doc.getMap('evil').set('x', 1);
    doc.getText('notes').insert(0, 'x');
    expect(draftViolations(doc)).toEqual(['top-level type “evil”', 'top-level type “notes”']);
  });

  it('names each violation inside the tree with its path, child by child', () => {
    const doc = createTestDraft();
    const finding = indicatorOf(doc, '1.1');
    block(finding, 'heading');
    childBlock(finding).setAttribute('__onclick', 'x');
    childBlock(finding).setAttribute('__indent', 'deep');
    finding.insert(0, 'loose');
    childBlock(finding).insertEmbed(0, { a: 1 });
    block(childBlock(finding), 'list');
    const wrongKind = new Y.Text();
    finding.insertEmbed(finding.length, wrongKind);
    wrongKind.setAttribute('__type', 'paragraph');
    finding.insertEmbed(finding.length, new Y.Map());
    expect(draftViolations(doc)).toEqual([
      'root[8]:indicator[0]: text inside a indicator',
      'root[8]:indicator[1]:paragraph: __indent = "deep"',
      'root[8]:indicator[1]:paragraph: unknown attribute __onclick',
      'root[8]:indicator[1]:paragraph[0]: ContentEmbed inside a paragraph',
      'root[8]:indicator[1]:paragraph[3]: a list inside a paragraph',
      'root[8]:indicator[2]: a heading inside a indicator',
      'root[8]:indicator[2]:heading: unknown node type “heading”',
      'root[8]:indicator[3]: a paragraph in a YText',
      'root[8]:indicator[4]: a (none) inside a indicator',
      'root[8]:indicator[4]:(none): unknown node type “(none)”',
    ]);
  });

  it('names a node stored as the wrong kind of shared type', () => {
    const doc = createTestDraft();
    const finding = indicatorOf(doc, '1.1');
    const asMap = new Y.Map<unknown>();
    finding.insertEmbed(finding.length, asMap);
    asMap.set('__type', 'paragraph');
    const asElement = new Y.XmlElement();
    finding.insertEmbed(finding.length, asElement);
    asElement.setAttribute('__type', 'paragraph');
    const p = paragraph(finding, '');
    const textAsXml = new Y.XmlText();
    p.insertEmbed(p.length, textAsXml);
    textAsXml.setAttribute('__type', 'text');
    expect(draftViolations(doc)).toEqual([
      'root[8]:indicator[1]: a paragraph in a Map',
      'root[8]:indicator[2]: a paragraph in a XmlElement',
      'root[8]:indicator[3]:paragraph[1]: a text in a XmlText',
    ]);
  });

  it('skips deleted content and deleted attributes, and counts positions without them', () => {
    const doc = createTestDraft();
    const finding = indicatorOf(doc, '1.1');
    finding.insert(0, 'loose');
    block(finding, 'heading');
    childBlock(finding).setAttribute('__onclick', 'x');
    childBlock(finding).removeAttribute('__onclick');
    finding.delete(0, 5);
    expect(draftViolations(doc)).toEqual([
      'root[8]:indicator[1]: a heading inside a indicator',
      'root[8]:indicator[1]:heading: unknown node type “heading”',
    ]);
  });
});
