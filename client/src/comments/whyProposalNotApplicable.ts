import type { AnchorState } from './AnchorRegistry.ts';

/** Why accepted wording cannot be written over the commented text in one step. */
export type ProposalObstacle = 'gone' | 'spans-blocks' | 'reworked';

/** Why accepted wording cannot be written over the commented text in one step, or null when it can. */
export function whyProposalNotApplicable(anchorState: AnchorState | undefined): ProposalObstacle | null {
  if (anchorState === undefined || !anchorState.present) return 'gone';
  if (anchorState.spansBlocks) return 'spans-blocks';
  if (!anchorState.exact) return 'reworked';
  return null;
}
