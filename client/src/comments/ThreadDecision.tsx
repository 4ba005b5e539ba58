import type { Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { useAsyncAction } from './useAsyncAction.ts';

interface ThreadDecisionProps {
  thread: Thread;
  /** Opens the resolve dialog. */
  onResolve: (threadId: string) => void;
  onReopen: (threadId: string) => Promise<unknown>;
}

/** A facilitator's buttons on an open thread: "Resolve…" on an open one, "Reopen" on a resolved one. */
export function ThreadDecision({ thread, onResolve, onReopen }: ThreadDecisionProps): JSX.Element {
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
          Resolve…
        </button>
      ) : (
        <button
          type="button"
          className="rt-button rt-button--small"
          disabled={reopen.pending}
          onClick={() => void reopen.run()}
        >
          Reopen
        </button>
      )}
    </div>
  );
}
