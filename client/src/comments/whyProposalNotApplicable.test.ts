import { describe, expect, it } from 'vitest';
import { whyProposalNotApplicable } from './whyProposalNotApplicable.ts';

describe('whyProposalNotApplicable', () => {
  it('has no objection to text that is still there, whole and in one paragraph', () => {
    expect(whyProposalNotApplicable({ present: true, spansBlocks: false, exact: true })).toBeNull();
  });

  it('says the text is gone, spans paragraphs, or was reworked', () => {
    expect(whyProposalNotApplicable({ present: false })).toBe('gone');
    expect(whyProposalNotApplicable({ present: true, spansBlocks: true, exact: true })).toBe('spans-blocks');
    expect(whyProposalNotApplicable({ present: true, spansBlocks: false, exact: false })).toBe('reworked');
  });

  // While the highlights' code loaded (slow link), Resolve said "The commented text is no longer in the draft."
  // of text that was there, until the states arrived.
  it('does not call text gone before anyone has looked for it', () => {
    expect(whyProposalNotApplicable(undefined)).toBe('unknown');
  });
});
