import type { AnchorState } from './AnchorRegistry.ts';

/**
 * Why accepted wording cannot be written over the commented text in one step;
 * `unknown`: where the text is has not been worked out yet.
 */
export type ProposalObstacle = 'unknown' | 'gone' | 'spans-blocks' | 'reworked';

/**
 * Why accepted wording cannot be written over the commented text in one step,
 * or null when it can. No state (`undefined`) is not "gone": the states come
 * from the comment highlights over the draft (`paintHighlights`, which gives
 * every anchored thread one), which load after the draft (`DraftOverlays`),
 * and a thread is not painted the moment it arrives.
 */
export function whyProposalNotApplicable(anchorState: AnchorState | undefined): ProposalObstacle | null {
  if (anchorState === undefined) return 'unknown';
  if (!anchorState.present) return 'gone';
  if (anchorState.spansBlocks) return 'spans-blocks';
  if (!anchorState.exact) return 'reworked';
  return null;
}
