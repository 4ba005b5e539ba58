import { OUTCOME_KEYS, THREAD_STATUS_KEYS } from '@roundtable/i18n';
import type { Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

/** "Open", or the outcome of a resolved thread, in its colour. */
export function ThreadStateBadge({ thread }: { thread: Thread }): JSX.Element {
  const t = useT();
  if (thread.status === 'open' || thread.resolution === undefined) {
    return <span className="rt-state rt-state--open">{t(THREAD_STATUS_KEYS.open)}</span>;
  }
  const { outcome } = thread.resolution;
  return <span className={`rt-outcome rt-outcome--${outcome}`}>{t(OUTCOME_KEYS[outcome])}</span>;
}
