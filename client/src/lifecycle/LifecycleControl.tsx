import { CONSULTATION_STATUS_KEYS } from '@roundtable/i18n';
import { nextStatuses } from '@roundtable/profile';
import { type JSX, Suspense, useLayoutEffect, useRef } from 'react';
import { LazyLifecycleMenu } from '../app/lazyPanels.ts';
import { useI18n, useT } from '../i18n/useI18n.ts';
import type { Lifecycle } from './useLifecycle.ts';

interface LifecycleControlProps {
  lifecycle: Lifecycle;
  /** Facilitators move the consultation; everyone else sees its status. */
  mayMove: boolean;
  /** Whether the page's deferred parts may load (`usePanelsReady`): a facilitator's menu comes with them. */
  ready: boolean;
}

/**
 * The consultation's status for everyone. For facilitators the status opens
 * a menu of the next moves (`LifecycleMenu`, in a chunk of its own that
 * loads with the panels; until then the plain status shows): one control
 * in the top bar rather than a button per move, so the title keeps its room
 * on a laptop. When a move takes away the element that had focus (the menu,
 * after a move to published), focus goes to the status.
 */
export function LifecycleControl({ lifecycle, mayMove, ready }: LifecycleControlProps): JSX.Element | null {
  const t = useT();
  const { intl } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const { status } = lifecycle;
  // Read before this render's changes reach the page: they may take away the element that has focus.
  const hadFocus = useRef(false);
  hadFocus.current = root.current?.contains(document.activeElement) ?? false;
  const shown = useRef(status);
  useLayoutEffect(() => {
    if (shown.current === status) return;
    shown.current = status;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (hadFocus.current && focusLost)
      root.current?.querySelector<HTMLElement>('[data-testid="lifecycle-status"]')?.focus();
  }, [status]);
  if (status === null) return null;
  const last = lifecycle.history.at(-1);
  const title = last
    ? t('lifecycle.status.title', {
        status: t(CONSULTATION_STATUS_KEYS[last.to]),
        name: last.by.name,
        at: intl.formatDate(last.at, { dateStyle: 'long', timeStyle: 'short' }),
      })
    : undefined;
  const label = t(CONSULTATION_STATUS_KEYS[status]);
  const tagClass = `rt-tag rt-lifecycle__status rt-lifecycle__status--${status}`;
  const moves = mayMove ? nextStatuses(status) : [];
  // Focusable from script only: it takes the focus of the menu it replaces (a move to published).
  const tag = (
    <span className={tagClass} title={title} data-testid="lifecycle-status" tabIndex={-1}>
      {label}
    </span>
  );
  return (
    <div className="rt-lifecycle" ref={root}>
      {moves.length === 0 || !ready ? (
        tag
      ) : (
        <Suspense fallback={tag}>
          <LazyLifecycleMenu
            lifecycle={lifecycle}
            status={status}
            moves={moves}
            tagClass={tagClass}
            label={label}
            title={title}
          />
        </Suspense>
      )}
    </div>
  );
}
