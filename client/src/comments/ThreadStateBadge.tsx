import { OUTCOME_LABELS, type Thread } from '@roundtable/profile';
import type { JSX } from 'react';

/** "Open", or the outcome of a resolved thread, in its colour. */
export function ThreadStateBadge({ thread }: { thread: Thread }): JSX.Element {
  if (thread.status === 'open' || thread.resolution === undefined) {
    return <span className="rt-state rt-state--open">Open</span>;
  }
  const { outcome } = thread.resolution;
  return <span className={`rt-outcome rt-outcome--${outcome}`}>{OUTCOME_LABELS[outcome]}</span>;
}
