import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeAnchorPosition, encodeAnchorPosition } from './anchorPosition.ts';

describe('anchor positions', () => {
  it('are the standard base64 of the encoded relative position', () => {
    const doc = new Y.Doc();
    const position = Y.createRelativePositionFromTypeIndex(doc.get('root', Y.XmlText), 0, 0);
    const bytes = Y.encodeRelativePosition(position);
    expect(encodeAnchorPosition(position)).toBe(Buffer.from(bytes).toString('base64'));
    expect(decodeAnchorPosition(Buffer.from(bytes).toString('base64'))).toEqual(position);
  });

  it('round-trips a relative position that still follows the text after a concurrent edit', () => {
    const doc = new Y.Doc();
    const text = doc.get('root', Y.XmlText);
    text.insert(0, 'Law No. 24/2010 on Local Self-Government');
    const start = encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(text, 8, 0));
    const end = encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(text, 15, -1));
    expect(start).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);

    // Someone else types before the anchored words, on another replica.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.get('root', Y.XmlText).insert(0, 'Since 2025, ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));

    const from = decodeAnchorPosition(start);
    const to = decodeAnchorPosition(end);
    if (from === null || to === null) throw new Error('positions did not decode');
    const a = Y.createAbsolutePositionFromRelativePosition(from, doc);
    const b = Y.createAbsolutePositionFromRelativePosition(to, doc);
    expect(text.toString().slice(a?.index, b?.index)).toBe('24/2010');
  });

  it('keeps text typed at either edge outside the anchor', () => {
    const doc = new Y.Doc();
    const text = doc.get('root', Y.XmlText);
    text.insert(0, 'abcdef');
    const from = Y.createRelativePositionFromTypeIndex(text, 2, 0);
    const to = Y.createRelativePositionFromTypeIndex(text, 4, -1);
    text.insert(4, 'X');
    text.insert(2, 'Y');
    const a = Y.createAbsolutePositionFromRelativePosition(from, doc);
    const b = Y.createAbsolutePositionFromRelativePosition(to, doc);
    expect(text.toString().slice(a?.index, b?.index)).toBe('cd');
  });

  it('answers null for text that is not base64', () => {
    expect(decodeAnchorPosition('not base64!')).toBeNull();
  });
});
