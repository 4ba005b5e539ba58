import type { ConsultationStatus } from '@roundtable/profile';
import { type JSX, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { errorLineOf, isApiError } from '../app/apiErrorKeys.ts';
import { useMenuDismissal } from '../app/useMenuDismissal.ts';
import { type T, useT } from '../i18n/useI18n.ts';
import type { Lifecycle } from './useLifecycle.ts';

export interface LifecycleMenuProps {
  lifecycle: Lifecycle;
  status: ConsultationStatus;
  /** The moves from `status` (never empty). */
  moves: readonly ConsultationStatus[];
  /** The status tag's classes, its text and its tooltip, as the plain tag shows them. */
  tagClass: string;
  label: string;
  title: string | undefined;
}

/**
 * A facilitator's status, opening the next moves (`LifecycleControl` shows
 * it once its code is there; it loads with the panels). Confirms the moves
 * that close the draft. Closes on Escape (focus back on the status), on a
 * press outside, when the Export menu opens, and after a choice (focus back
 * on the status). A move made meanwhile (another facilitator's) closes it
 * too: its items change, and the one under the pointer or with focus goes.
 * A refused move's reason shows below the status until Escape, a press
 * elsewhere or the menu opening again.
 */
export function LifecycleMenu({ lifecycle, status, moves, tagClass, label, title }: LifecycleMenuProps): JSX.Element {
  const t = useT();
  // What the failed move threw, put into words at each render: a language switched to meanwhile shows in them.
  const [error, setError] = useState<{ thrown: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  useMenuDismissal(menu);
  const shown = useRef(status);
  useLayoutEffect(() => {
    if (shown.current === status) return;
    shown.current = status;
    if (menu.current !== null) menu.current.open = false;
  }, [status]);
  useEffect(() => {
    if (error === null) return;
    const dismiss = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      setError(null);
    };
    document.addEventListener('keydown', dismiss);
    document.addEventListener('mousedown', dismiss);
    return () => {
      document.removeEventListener('keydown', dismiss);
      document.removeEventListener('mousedown', dismiss);
    };
  }, [error]);
  const move = async (to: ConsultationStatus) => {
    if (to === 'validated' && !window.confirm(t('lifecycle.confirm.validate'))) return;
    if (to === 'published' && !window.confirm(t('lifecycle.confirm.publish'))) return;
    setBusy(true);
    setError(null);
    try {
      await lifecycle.move(to);
    } catch (e) {
      // A refused move is one the status no longer allows: it changed since this page showed it, and the live
      // status has followed; the alert below says so in the person's words rather than the server's English reason.
      setError({ thrown: e });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <details
        className="rt-lifecycle__menu"
        ref={menu}
        onToggle={() => {
          if (menu.current?.open === true) setError(null);
        }}
      >
        <summary className={`${tagClass} rt-lifecycle__toggle`} title={title} data-testid="lifecycle-status">
          {label}
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
                  menu.current?.querySelector('summary')?.focus();
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
      {error !== null && (
        <span role="alert" className="rt-lifecycle__error">
          {isApiError(error.thrown, 'conflict')
            ? t('lifecycle.refused.changedMeanwhile')
            : errorLineOf(t, error.thrown)}
        </span>
      )}
    </>
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
