import type { AnchorState } from './AnchorRegistry.ts';

/** Why accepted wording cannot be written over the commented text in one step, or null when it can. */
export function whyProposalNotApplicable(anchorState: AnchorState | undefined): string | null {
  if (anchorState === undefined || !anchorState.present) return 'The commented text is no longer in the draft.';
  if (anchorState.spansBlocks) return 'The commented text runs over several paragraphs: edit the draft by hand.';
  if (!anchorState.exact) return 'The commented text was reworked since the comment: edit the draft by hand.';
  return null;
}
