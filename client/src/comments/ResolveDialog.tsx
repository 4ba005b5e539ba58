import { THREAD_TYPE_KEYS } from '@roundtable/i18n';
import { type Outcome, requiresResponse, type Thread } from '@roundtable/profile';
import { type FormEvent, type JSX, useId, useState } from 'react';
import { Modal } from '../app/Modal.tsx';
import { useFocusOnMount } from '../app/useFocusOnMount.ts';
import { useT } from '../i18n/useI18n.ts';
import type { AnchorState } from './AnchorRegistry.ts';
import { ApplyProposalOption } from './ApplyProposalOption.tsx';
import { canApplyProposal } from './canApplyProposal.ts';
import { OutcomeChoice } from './OutcomeChoice.tsx';
import { ResponseField } from './ResponseField.tsx';
import type { ThreadActions } from './ThreadActions.ts';
import { useAsyncAction } from './useAsyncAction.ts';

interface ResolveDialogProps {
  thread: Thread;
  anchorState: AnchorState | undefined;
  actions: ThreadActions;
  onClose: () => void;
}

/** A facilitator's decision on a thread: outcome, response, and applying the proposed wording. */
export function ResolveDialog({ thread, anchorState, actions, onClose }: ResolveDialogProps): JSX.Element {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [response, setResponse] = useState('');
  const [apply, setApply] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const titleId = useId();
  const firstRef = useFocusOnMount<HTMLInputElement>();
  const needsResponse = outcome !== null && requiresResponse(outcome);
  const missingResponse = needsResponse && response.trim() === '';
  const resolve = useAsyncAction(async () => {
    if (outcome === null || missingResponse) return;
    await actions.resolve(thread.id, {
      outcome,
      response: response.trim(),
      ...(apply && canApplyProposal(thread, outcome, anchorState) ? { applyProposal: true } : {}),
    });
    onClose();
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setAttempted(true);
    if (outcome !== null && !missingResponse && !resolve.pending) void resolve.run();
  };
  const first = thread.comments[0];

  return (
    <Modal labelledBy={titleId} onClose={onClose}>
      <form className="rt-modal rt-modal--wide rt-resolve" onSubmit={submit}>
        <h2 id={titleId} className="rt-modal__title">
          {t('comments.resolve.title', { indicator: thread.indicatorId })}
        </h2>
        <p className="rt-modal__text">
          {t('comments.resolve.remark', {
            type: t(THREAD_TYPE_KEYS[thread.type]),
            name: thread.author.name,
            organisation: thread.author.organisation,
          })}
        </p>
        {first !== undefined && first.deletedAt === undefined && (
          <blockquote className="rt-resolve__remark">{first.body}</blockquote>
        )}
        <OutcomeChoice value={outcome} onChange={setOutcome} firstRef={firstRef} />
        <ResponseField
          value={response}
          onChange={setResponse}
          required={needsResponse}
          missing={attempted && missingResponse}
        />
        <ApplyProposalOption
          thread={thread}
          outcome={outcome}
          anchorState={anchorState}
          checked={apply}
          onChange={setApply}
        />
        {resolve.error !== null && (
          <p className="rt-form-error" role="alert">
            {resolve.error}
          </p>
        )}
        <div className="rt-modal__actions">
          <button type="button" className="rt-button" onClick={onClose}>
            {t('comments.action.cancel')}
          </button>
          <button type="submit" className="rt-button rt-button--primary" disabled={outcome === null || resolve.pending}>
            {resolve.pending ? t('comments.resolve.pending') : t('comments.resolve.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
