import { CONSULTATION_STATUS_KEYS } from '@roundtable/i18n';
import { type ConsultationStatus, nextStatuses } from '@roundtable/profile';
import { type JSX, useRef, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { useMenuDismissal } from '../app/useMenuDismissal.ts';
import { type T, useI18n, useT } from '../i18n/useI18n.ts';
import type { Lifecycle } from './useLifecycle.ts';

interface LifecycleControlProps {
  lifecycle: Lifecycle;
  /** Facilitators move the consultation; everyone else sees its status. */
  mayMove: boolean;
}

/**
 * The consultation's status for everyone. For facilitators the status opens
 * a menu of the next moves (confirming the ones that close the draft): one
 * control in the top bar rather than a button per move, so the title keeps
 * its room on a laptop. Closes on Escape (focus back on the status), on a
 * press outside and after a choice.
 */
export function LifecycleControl({ lifecycle, mayMove }: LifecycleControlProps): JSX.Element | null {
  const t = useT();
  const { intl } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  useMenuDismissal(menu);
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
  const moves = mayMove ? nextStatuses(status) : [];
  const statusClass = `rt-tag rt-lifecycle__status rt-lifecycle__status--${status}`;
  return (
    <div className="rt-lifecycle">
      {moves.length === 0 ? (
        <span className={statusClass} title={title} data-testid="lifecycle-status">
          {t(CONSULTATION_STATUS_KEYS[status])}
        </span>
      ) : (
        <details className="rt-lifecycle__menu" ref={menu}>
          <summary className={`${statusClass} rt-lifecycle__toggle`} title={title} data-testid="lifecycle-status">
            {t(CONSULTATION_STATUS_KEYS[status])}
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="m4 6 4 4 4-4" />
            </svg>
          </summary>
          <ul className="rt-menu rt-lifecycle__moves" aria-label={t('lifecycle.menu.label')}>
            {moves.map((to) => (
              <li key={to}>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    if (menu.current !== null) menu.current.open = false;
                    void move(to);
                  }}
                >
                  {moveLabel(t, status, to)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
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
