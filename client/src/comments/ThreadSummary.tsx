import { THREAD_TYPE_LABELS, type Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { RelativeTime } from '../app/RelativeTime.tsx';
import type { AnchorState } from './AnchorRegistry.ts';
import { ThreadStateBadge } from './ThreadStateBadge.tsx';

interface ThreadSummaryProps {
  thread: Thread;
  anchorState: AnchorState | undefined;
  onActivate: (threadId: string) => void;
}

/** Compact summary of a thread in the list; a click opens it. */
export function ThreadSummary({ thread, anchorState, onActivate }: ThreadSummaryProps): JSX.Element {
  const [first, ...replies] = thread.comments;
  const replyCount = replies.length;
  const gone = anchorState !== undefined && !anchorState.present;
  return (
    <button
      type="button"
      className={`rt-thread rt-thread--summary${thread.status === 'resolved' ? ' rt-thread--resolved' : ''}`}
      data-thread-id={thread.id}
      data-status={thread.status}
      onClick={() => onActivate(thread.id)}
    >
      <span className="rt-thread__head">
        <span className={`rt-type rt-type--${thread.type}`}>{THREAD_TYPE_LABELS[thread.type]}</span>
        <span className="rt-thread__indicator">{thread.indicatorId}</span>
        <ThreadStateBadge thread={thread} />
      </span>
      {thread.anchor !== undefined && (
        <span className={`rt-thread__snippet${gone ? ' rt-thread__snippet--gone' : ''}`}>{thread.anchor.quote}</span>
      )}
      <span className="rt-thread__byline">
        <span className="rt-thread__author">{thread.author.name}</span>
        <span className="rt-thread__org"> · {thread.author.organisation}</span>
      </span>
      <span className="rt-thread__excerpt">
        {first === undefined || first.deletedAt !== undefined ? 'Comment deleted' : first.body}
      </span>
      <span className="rt-thread__foot">
        <RelativeTime iso={thread.createdAt} />
        {replyCount > 0 && <span>{`${replyCount} ${replyCount === 1 ? 'reply' : 'replies'}`}</span>}
        {thread.proposedText !== undefined && <span>Proposes wording</span>}
      </span>
    </button>
  );
}
