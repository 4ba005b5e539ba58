import { createDraftUpdate } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyProposal } from './applyProposal.ts';
import { findInDraft as locate, stringRunsOf as runsText } from './findInDraft.ts';

function draft(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
  return doc;
}

function anchorFor(doc: Y.Doc, needle: string) {
  const { type, index } = locate(doc, needle);
  const encode = (i: number, assoc: number) =>
    Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(type, i, assoc))).toString('base64');
  return { start: encode(index, 0), end: encode(index + needle.length, -1), quote: needle };
}

describe('applyProposal', () => {
  it('replaces the anchored words, even after concurrent edits before them', () => {
    const doc = draft();
    const needle = 'Law No. 24/2010';
    const anchor = anchorFor(doc, needle);
    // Someone else types earlier in the same paragraph, on another replica.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const { type: otherType, index } = locate(other, needle);
    otherType.insert(Math.max(0, index - 5), 'XYZ ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));

    expect(applyProposal(doc, anchor, 'Law No. 24/2010 as amended in 2025')).toBe('applied');
    const { type } = locate(doc, 'as amended in 2025');
    const text = runsText(type);
    expect(text).toContain('XYZ ');
    expect(text).toContain('Law No. 24/2010 as amended in 2025');
    expect(text.split('Law No. 24/2010').length).toBe(2);
  });

  it('reports text that was deleted instead of inventing a place for it', () => {
    const doc = draft();
    const needle = 'Law No. 24/2010';
    const anchor = anchorFor(doc, needle);
    const { type, index } = locate(doc, needle);
    type.delete(index, needle.length);
    expect(applyProposal(doc, anchor, 'anything')).toBe('text-gone');
  });

  it('refuses when the anchored text is no longer the quoted text', () => {
    const doc = draft();
    const needle = 'Law No. 24/2010';
    const anchor = anchorFor(doc, needle);
    const { type, index } = locate(doc, needle);
    type.delete(index + 8, 2);
    type.insert(index + 8, '99');
    expect(applyProposal(doc, anchor, 'anything')).toBe('text-changed');
    expect(runsText(type)).toContain('Law No. 99/2010');
  });

  it('refuses an anchor that is not a relative position', () => {
    expect(applyProposal(draft(), { start: 'AAAA', end: 'AAAA', quote: 'x' }, 'y')).not.toBe('applied');
  });
});
