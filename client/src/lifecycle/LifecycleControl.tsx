import { CONSULTATION_STATUS_KEYS } from '@roundtable/i18n';
import { type ConsultationStatus, nextStatuses } from '@roundtable/profile';
import { type JSX, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { type T, useI18n, useT } from '../i18n/useI18n.ts';
import type { Lifecycle } from './useLifecycle.ts';

interface LifecycleControlProps {
  lifecycle: Lifecycle;
  /** Facilitators move the consultation; everyone else sees its status. */
  mayMove: boolean;
}

/** The consultation's status for everyone, with the next moves for facilitators (confirming the ones that close the draft). */
export function LifecycleControl({ lifecycle, mayMove }: LifecycleControlProps): JSX.Element | null {
  const t = useT();
  const { intl } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { status } = lifecycle;
  if (status === null) return null;
  const last = lifecycle.history.at(-1);
  const title = last
    ? t('lifecycle.status.title', {
        status: t(CONSULTATION_STATUS_KEYS[last.to]),
        name: last.by.name,
        at: intl.formatDate(last.at, { dateStyle: 'long', timeStyle: 'short' }),
      })
    : undefined;
  const move = async (to: ConsultationStatus) => {
    if (to === 'validated' && !window.confirm(t('lifecycle.confirm.validate'))) return;
    if (to === 'published' && !window.confirm(t('lifecycle.confirm.publish'))) return;
    setBusy(true);
    setError(null);
    try {
      await lifecycle.move(to);
    } catch (e) {
      setError(errorLineOf(t, e));
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
        {t(CONSULTATION_STATUS_KEYS[status])}
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
            {moveLabel(t, status, to)}
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

/** "Mark validated", "Back to draft": a move forward marks the new status, a move back returns to it. */
function moveLabel(t: T, from: ConsultationStatus, to: ConsultationStatus): string {
  switch (to) {
    case 'draft':
      return t('lifecycle.move.backToDraft');
    case 'in-consultation':
      return from === 'validated' ? t('lifecycle.move.backToConsultation') : t('lifecycle.move.toConsultation');
    case 'validated':
      return t('lifecycle.move.validate');
    case 'published':
      return t('lifecycle.move.publish');
  }
}
