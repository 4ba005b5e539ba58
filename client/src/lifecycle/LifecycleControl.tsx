import { CONSULTATION_STATUS_KEYS } from '@roundtable/i18n';
import { type ConsultationStatus, nextStatuses } from '@roundtable/profile';
import { type JSX, useEffect, useLayoutEffect, useRef, useState } from 'react';
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
 * press outside, when the Export menu opens, and after a choice (focus back
 * on the status). A move made meanwhile (another facilitator's) closes it too: its
 * items change, and the one under the pointer or with focus goes.
 */
export function LifecycleControl({ lifecycle, mayMove }: LifecycleControlProps): JSX.Element | null {
  const t = useT();
  const { intl } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useMenuDismissal(menu);
  const { status } = lifecycle;
  // Read before this render's changes reach the page: they may take away the element that has focus.
  const hadFocus = useRef(false);
  hadFocus.current = root.current?.contains(document.activeElement) ?? false;
  const shown = useRef(status);
  useLayoutEffect(() => {
    if (shown.current === status) return;
    shown.current = status;
    if (menu.current !== null) menu.current.open = false;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (hadFocus.current && focusLost) focusStatus(root.current);
  }, [status]);
  // A failed move's message goes with Escape or a press elsewhere, as the menu does.
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
    <div className="rt-lifecycle" ref={root}>
      {moves.length === 0 ? (
        // Focusable from script only: it takes the focus of the menu it replaces (a move to published).
        <span className={statusClass} title={title} data-testid="lifecycle-status" tabIndex={-1}>
          {t(CONSULTATION_STATUS_KEYS[status])}
        </span>
      ) : (
        <details
          className="rt-lifecycle__menu"
          ref={menu}
          onToggle={() => {
            if (menu.current?.open === true) setError(null);
          }}
        >
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
                    focusStatus(root.current);
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

function focusStatus(root: HTMLElement | null): void {
  root?.querySelector<HTMLElement>('[data-testid="lifecycle-status"]')?.focus();
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
