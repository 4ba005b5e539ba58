import type { Outcome, Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import type { AnchorState } from './AnchorRegistry.ts';
import { canApplyProposal } from './canApplyProposal.ts';
import { ProposedWording } from './ProposedWording.tsx';
import { whyProposalNotApplicable } from './whyProposalNotApplicable.ts';

interface ApplyProposalOptionProps {
  thread: Thread;
  outcome: Outcome | null;
  anchorState: AnchorState | undefined;
  checked: boolean;
  onChange: (apply: boolean) => void;
}

/** The thread's proposed wording and, for an accepting outcome, the choice to write it into the draft. */
export function ApplyProposalOption(props: ApplyProposalOptionProps): JSX.Element | null {
  const { thread, outcome, anchorState, checked, onChange } = props;
  if (thread.proposedText === undefined || thread.anchor === undefined) return null;
  const applicable = canApplyProposal(thread, outcome, anchorState);
  return (
    <div className="rt-resolve__apply">
      <ProposedWording quote={thread.anchor.quote} proposed={thread.proposedText} />
      {(outcome === 'accepted' || outcome === 'accepted-with-changes') && (
        <label className={`rt-checkbox${applicable ? '' : ' rt-checkbox--disabled'}`}>
          <input
            type="checkbox"
            checked={applicable && checked}
            disabled={!applicable}
            onChange={(event) => onChange(event.target.checked)}
          />
          <span>
            Apply the proposed wording to the draft
            <span className="rt-field__hint">
              {whyProposalNotApplicable(anchorState) ?? ' replaces the commented text, recorded under your name'}
            </span>
          </span>
        </label>
      )}
    </div>
  );
}
