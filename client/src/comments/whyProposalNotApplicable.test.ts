import { describe, expect, it } from 'vitest';
import { whyProposalNotApplicable } from './whyProposalNotApplicable.ts';

describe('whyProposalNotApplicable', () => {
  it('has no objection to text that is still there, whole and in one paragraph', () => {
    expect(whyProposalNotApplicable({ present: true, spansBlocks: false, exact: true })).toBeNull();
  });

  it('says the text is gone, spans paragraphs, or was reworked', () => {
    expect(whyProposalNotApplicable(undefined)).toMatch(/no longer in the draft/);
    expect(whyProposalNotApplicable({ present: false })).toMatch(/no longer in the draft/);
    expect(whyProposalNotApplicable({ present: true, spansBlocks: true, exact: true })).toMatch(/several paragraphs/);
    expect(whyProposalNotApplicable({ present: true, spansBlocks: false, exact: false })).toMatch(/reworked/);
  });
});
