import type { Outcome, Thread } from '@roundtable/profile';
import type { AnchorState } from './AnchorRegistry.ts';

/** Whether the proposed wording of `thread` can be written over its anchored text in one step. */
export function canApplyProposal(
  thread: Thread,
  outcome: Outcome | null,
  anchorState: AnchorState | undefined,
): boolean {
  return (
    thread.proposedText !== undefined &&
    thread.anchor !== undefined &&
    (outcome === 'accepted' || outcome === 'accepted-with-changes') &&
    anchorState?.present === true &&
    anchorState.exact &&
    !anchorState.spansBlocks
  );
}
