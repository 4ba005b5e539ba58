import type { Outcome, Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import type { AnchorState } from './AnchorRegistry.ts';
import { canApplyProposal } from './canApplyProposal.ts';
import { ProposedWording } from './ProposedWording.tsx';
import { type ProposalObstacle, whyProposalNotApplicable } from './whyProposalNotApplicable.ts';

interface ApplyProposalOptionProps {
  thread: Thread;
  outcome: Outcome | null;
  anchorState: AnchorState | undefined;
  checked: boolean;
  onChange: (apply: boolean) => void;
}

const OBSTACLE_KEYS: Record<ProposalObstacle, string> = {
  // Not yet known where the text is (the highlights' code is loading): the first screen's "Loading…".
  unknown: 'app.loading',
  gone: 'comments.apply.gone',
  'spans-blocks': 'comments.apply.spansBlocks',
  reworked: 'comments.apply.reworked',
};

/** The thread's proposed wording and, for an accepting outcome, the choice to write it into the draft. */
export function ApplyProposalOption(props: ApplyProposalOptionProps): JSX.Element | null {
  const { thread, outcome, anchorState, checked, onChange } = props;
  const t = useT();
  if (thread.proposedText === undefined || thread.anchor === undefined) return null;
  const applicable = canApplyProposal(thread, outcome, anchorState);
  const obstacle = whyProposalNotApplicable(anchorState);
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
            {t('comments.apply.label')}{' '}
            <span className="rt-field__hint">
              {obstacle === null ? t('comments.apply.hint') : t(OBSTACLE_KEYS[obstacle])}
            </span>
          </span>
        </label>
      )}
    </div>
  );
}
