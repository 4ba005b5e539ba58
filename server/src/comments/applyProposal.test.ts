import { findIndicator } from '@roundtable/draft';
import { createDraftUpdate } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addParagraph } from '../../../tests/helpers/draftEdits.ts';
import {
  anchorOn,
  encodePosition,
  findInDraft as locate,
  stringRunsOf as runsText,
} from '../../../tests/helpers/findInDraft.ts';
import { type ApplyResult, proposalUpdate } from './applyProposal.ts';

/** Builds the proposal's update and applies it, as the room does once the policy allows it. */
function applyProposal(
  doc: Y.Doc,
  anchor: Parameters<typeof proposalUpdate>[1],
  indicatorId: string,
  text: string,
): ApplyResult {
  const { result, update } = proposalUpdate(doc, anchor, indicatorId, text, 4242);
  if (update !== null) Y.applyUpdate(doc, update);
  return result;
}

function draft(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
  return doc;
}

describe('applyProposal', () => {
  it('replaces the anchored words, even after concurrent edits before them', () => {
    const doc = draft();
    const needle = 'Law No. 24/2010';
    const anchor = anchorOn(doc, needle);
    // Someone else types earlier in the same paragraph, on another replica.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const { type: otherType, index } = locate(other, needle);
    otherType.insert(Math.max(0, index - 5), 'XYZ ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));

    expect(applyProposal(doc, anchor, '2.4', 'Law No. 24/2010 as amended in 2025')).toBe('applied');
    const { type } = locate(doc, 'as amended in 2025');
    const text = runsText(type);
    expect(text).toContain('XYZ ');
    expect(text).toContain('Law No. 24/2010 as amended in 2025');
    expect(text.split('Law No. 24/2010').length).toBe(2);
  });

  it('reports text that was deleted instead of inventing a place for it', () => {
    const doc = draft();
    const needle = 'Law No. 24/2010';
    const anchor = anchorOn(doc, needle);
    const { type, index } = locate(doc, needle);
    type.delete(index, needle.length);
    expect(applyProposal(doc, anchor, '2.4', 'anything')).toBe('text-gone');
  });

  it('refuses when the anchored text is no longer the quoted text', () => {
    const doc = draft();
    const needle = 'Law No. 24/2010';
    const anchor = anchorOn(doc, needle);
    const { type, index } = locate(doc, needle);
    type.delete(index + 8, 2);
    type.insert(index + 8, '99');
    expect(applyProposal(doc, anchor, '2.4', 'anything')).toBe('text-changed');
    expect(runsText(type)).toContain('Law No. 99/2010');
  });

  it('refuses an anchor outside the given indicator and leaves the draft untouched', () => {
    const doc = draft();
    const anchor = anchorOn(doc, 'Law No. 24/2010');
    const before = Y.encodeStateVector(doc);
    expect(findIndicator(doc, '2.5')).toBeDefined();
    expect(applyProposal(doc, anchor, '2.5', 'anything')).toBe('outside-indicator');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('refuses an anchor that is not a relative position, building nothing', () => {
    expect(proposalUpdate(draft(), { start: '////', end: '////', quote: 'x' }, '2.4', 'y', 4242)).toEqual({
      result: 'invalid-anchor',
      update: null,
    });
  });

  it('refuses a range over two paragraphs of the indicator, building nothing', () => {
    const doc = draft();
    addParagraph(doc, 'A second paragraph.', { indicatorId: '2.4' });
    const from = locate(doc, 'Law No. 24/2010');
    const to = locate(doc, 'A second paragraph.');
    const anchor = {
      start: encodePosition(from.type, from.index, 0),
      end: encodePosition(to.type, to.index + 8, -1),
      quote: 'whatever',
    };
    expect(proposalUpdate(doc, anchor, '2.4', 'y', 4242)).toEqual({ result: 'spans-blocks', update: null });
  });

  it('compares the quote with the anchored text whitespace aside, and replaces exactly the range', () => {
    const doc = draft();
    const needle = 'Law No. 24/2010';
    const anchor = anchorOn(doc, needle, ' Law  No.\n24/2010 ');
    const before = runsText(locate(doc, needle).type);
    expect(applyProposal(doc, anchor, '2.4', 'Decree 5')).toBe('applied');
    expect(runsText(locate(doc, 'Decree 5').type)).toBe(before.replace(needle, 'Decree 5'));
  });
});
