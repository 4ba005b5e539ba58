import { describe, expect, it } from 'vitest';
import { thread } from '../../../tests/helpers/testThreads.ts';
import { canApplyProposal } from './canApplyProposal.ts';

const proposing = {
  ...thread('t', '2.4'),
  proposedText: 'as amended in 2025',
  anchor: { start: 'AAAA', end: 'AAAA', quote: 'Law No. 24/2010' },
};
const here = { present: true as const, spansBlocks: false, exact: true };

describe('canApplyProposal', () => {
  it('applies accepted wording over anchored text that is still there', () => {
    expect(canApplyProposal(proposing, 'accepted', here)).toBe(true);
    expect(canApplyProposal(proposing, 'accepted-with-changes', here)).toBe(true);
  });

  it('does not when the outcome rejects, the text is gone, changed or spans paragraphs, or nothing is proposed', () => {
    expect(canApplyProposal(proposing, 'noted', here)).toBe(false);
    expect(canApplyProposal(proposing, null, here)).toBe(false);
    expect(canApplyProposal(proposing, 'accepted', { present: false })).toBe(false);
    expect(canApplyProposal(proposing, 'accepted', { ...here, spansBlocks: true })).toBe(false);
    // The anchor's range no longer holds the quote (part of it was reformatted): applying would replace the wrong text.
    expect(canApplyProposal(proposing, 'accepted', { ...here, exact: false })).toBe(false);
    expect(canApplyProposal(proposing, 'accepted', undefined)).toBe(false);
    expect(canApplyProposal({ ...proposing, proposedText: undefined }, 'accepted', here)).toBe(false);
  });
});
