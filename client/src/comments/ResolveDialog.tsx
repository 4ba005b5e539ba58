import {
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
  requiresResponse,
  THREAD_TYPE_LABELS,
  type Thread,
} from '@roundtable/profile';
import { type FormEvent, type JSX, useEffect, useId, useRef, useState } from 'react';
import type { AnchorState } from './AnchorRegistry.ts';
import { canApplyProposal } from './canApplyProposal.ts';
import { ProposedWording } from './ProposedWording.tsx';
import { ResponseField } from './ResponseField.tsx';
import type { ThreadActions } from './ThreadActions.ts';
import { useAsyncAction } from './useAsyncAction.ts';

const OUTCOME_HINTS: Record<Outcome, string> = {
  accepted: 'The draft will say what was asked.',
  'accepted-with-changes': 'Taken on board, in other words.',
  'not-accepted': 'The draft stays as it is; say why.',
  noted: 'Recorded, no change to the draft.',
  deferred: 'To be settled after the meeting.',
};

interface ResolveDialogProps {
  thread: Thread;
  anchorState: AnchorState | undefined;
  actions: ThreadActions;
  onClose: () => void;
}

/** A facilitator's decision on a thread: outcome, response, and applying the proposed wording. */
export function ResolveDialog({ thread, anchorState, actions, onClose }: ResolveDialogProps): JSX.Element {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [response, setResponse] = useState('');
  const [apply, setApply] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const titleId = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const proposes = thread.proposedText !== undefined && thread.anchor !== undefined;
  const applicable = canApplyProposal(thread, outcome, anchorState);
  const needsResponse = outcome !== null && requiresResponse(outcome);
  const missingResponse = needsResponse && response.trim() === '';
  const resolve = useAsyncAction(async () => {
    if (outcome === null || missingResponse) return;
    await actions.resolve(thread.id, {
      outcome,
      response: response.trim(),
      ...(applicable && apply ? { applyProposal: true } : {}),
    });
    onClose();
  });

  useEffect(() => {
    firstRef.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setAttempted(true);
    if (outcome !== null && !missingResponse && !resolve.pending) void resolve.run();
  };
  const first = thread.comments[0];
  const whyNotApplicable =
    anchorState === undefined || !anchorState.present
      ? 'The commented text is no longer in the draft.'
      : anchorState.spansBlocks
        ? 'The commented text runs over several paragraphs: edit the draft by hand.'
        : !anchorState.exact
          ? 'The commented text was reworked since the comment: edit the draft by hand.'
          : null;

  return (
    <div className="rt-modal-backdrop">
      <form
        className="rt-modal rt-modal--wide rt-resolve"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={submit}
      >
        <h2 id={titleId} className="rt-modal__title">
          Resolve comment on {thread.indicatorId}
        </h2>
        <p className="rt-modal__text">
          {THREAD_TYPE_LABELS[thread.type]} by {thread.author.name} ({thread.author.organisation})
        </p>
        {first !== undefined && first.deletedAt === undefined && (
          <blockquote className="rt-resolve__remark">{first.body}</blockquote>
        )}
        <fieldset className="rt-resolve__outcomes">
          <legend className="rt-field__label">Outcome</legend>
          {OUTCOMES.map((o, i) => (
            <label key={o} className={`rt-option${outcome === o ? ' rt-option--on' : ''}`}>
              <input
                ref={i === 0 ? firstRef : undefined}
                type="radio"
                name="outcome"
                value={o}
                checked={outcome === o}
                onChange={() => setOutcome(o)}
              />
              <span className={`rt-outcome rt-outcome--${o}`}>{OUTCOME_LABELS[o]}</span>
              <span className="rt-option__hint">{OUTCOME_HINTS[o]}</span>
            </label>
          ))}
        </fieldset>
        <ResponseField
          value={response}
          onChange={setResponse}
          required={needsResponse}
          missing={attempted && missingResponse}
        />
        {proposes && thread.proposedText !== undefined && (
          <div className="rt-resolve__apply">
            <ProposedWording quote={thread.anchor?.quote} proposed={thread.proposedText} />
            {(outcome === 'accepted' || outcome === 'accepted-with-changes') && (
              <label className={`rt-checkbox${applicable ? '' : ' rt-checkbox--disabled'}`}>
                <input
                  type="checkbox"
                  checked={applicable && apply}
                  disabled={!applicable}
                  onChange={(event) => setApply(event.target.checked)}
                />
                <span>
                  Apply the proposed wording to the draft
                  <span className="rt-field__hint">
                    {whyNotApplicable ?? ' replaces the commented text, recorded under your name'}
                  </span>
                </span>
              </label>
            )}
          </div>
        )}
        {resolve.error !== null && (
          <p className="rt-form-error" role="alert">
            {resolve.error}
          </p>
        )}
        <div className="rt-modal__actions">
          <button type="button" className="rt-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="rt-button rt-button--primary" disabled={outcome === null || resolve.pending}>
            {resolve.pending ? 'Resolving…' : 'Resolve'}
          </button>
        </div>
      </form>
    </div>
  );
}
