import { CONSULTATION_STATUS_LABELS, type ConsultationStatus, nextStatuses } from '@roundtable/profile';
import { type JSX, useState } from 'react';
import type { Lifecycle } from './useLifecycle.ts';

interface LifecycleControlProps {
  lifecycle: Lifecycle;
  /** Facilitators move the consultation; everyone else sees its status. */
  mayMove: boolean;
}

/** The consultation's status for everyone, with the next moves for facilitators (confirming the ones that close the draft). */
export function LifecycleControl({ lifecycle, mayMove }: LifecycleControlProps): JSX.Element | null {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { status } = lifecycle;
  if (status === null) return null;
  const last = lifecycle.history.at(-1);
  const title = last
    ? `${CONSULTATION_STATUS_LABELS[last.to]} by ${last.by.name}, ${new Date(last.at).toLocaleString()}`
    : undefined;
  const move = async (to: ConsultationStatus) => {
    if ((to === 'validated' || to === 'published') && !window.confirm(confirmText(to))) return;
    setBusy(true);
    setError(null);
    try {
      await lifecycle.move(to);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="rt-lifecycle">
      <span
        className={`rt-tag rt-lifecycle__status rt-lifecycle__status--${status}`}
        title={title}
        data-testid="lifecycle-status"
      >
        {CONSULTATION_STATUS_LABELS[status]}
      </span>
      {mayMove &&
        nextStatuses(status).map((to) => (
          <button
            key={to}
            type="button"
            className="rt-button rt-button--small"
            disabled={busy}
            onClick={() => void move(to)}
          >
            {to === 'draft' || (status === 'validated' && to === 'in-consultation') ? 'Back to ' : 'Mark '}
            {CONSULTATION_STATUS_LABELS[to].toLowerCase()}
          </button>
        ))}
      {error !== null && (
        <span role="alert" className="rt-lifecycle__error">
          {error}
        </span>
      )}
    </div>
  );
}

function confirmText(to: ConsultationStatus): string {
  return to === 'published'
    ? 'Publish the profile? The draft becomes final and read-only, and the version "Published" is saved.'
    : 'Mark the profile validated? The draft becomes read-only for everyone until it goes back to consultation.';
}
