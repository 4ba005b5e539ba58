import type { Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { useAsyncAction } from './useAsyncAction.ts';

interface ThreadDecisionProps {
  thread: Thread;
  /** Opens the resolve dialog. */
  onResolve: (threadId: string) => void;
  onReopen: (threadId: string) => Promise<unknown>;
}

/** A facilitator's buttons on an open thread: "Resolve…" on an open one, "Reopen" on a resolved one. */
export function ThreadDecision({ thread, onResolve, onReopen }: ThreadDecisionProps): JSX.Element {
  const t = useT();
  const reopen = useAsyncAction(() => onReopen(thread.id));
  return (
    <div className="rt-thread__decide">
      {reopen.error !== null && <p className="rt-form-error">{reopen.error}</p>}
      {thread.status === 'open' ? (
        <button
          type="button"
          className="rt-button rt-button--small rt-button--accent"
          onClick={() => onResolve(thread.id)}
        >
          {t('comments.decision.resolve')}
        </button>
      ) : (
        <button
          type="button"
          className="rt-button rt-button--small"
          disabled={reopen.pending}
          onClick={() => void reopen.run()}
        >
          {t('comments.decision.reopen')}
        </button>
      )}
    </div>
  );
}
