import { THREAD_TYPE_KEYS } from '@roundtable/i18n';
import type { Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { RelativeTime } from '../app/RelativeTime.tsx';
import { useT } from '../i18n/useI18n.ts';
import type { AnchorState } from './AnchorRegistry.ts';
import { ThreadStateBadge } from './ThreadStateBadge.tsx';

interface ThreadSummaryProps {
  thread: Thread;
  anchorState: AnchorState | undefined;
  onActivate: (threadId: string) => void;
}

/** Compact summary of a thread in the list; a click opens it. */
export function ThreadSummary({ thread, anchorState, onActivate }: ThreadSummaryProps): JSX.Element {
  const t = useT();
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
        <span className={`rt-type rt-type--${thread.type}`}>{t(THREAD_TYPE_KEYS[thread.type])}</span>
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
        {first === undefined || first.deletedAt !== undefined ? t('comments.item.deleted') : first.body}
      </span>
      <span className="rt-thread__foot">
        <RelativeTime iso={thread.createdAt} />
        {replyCount > 0 && <span>{t('comments.thread.replyCount', { count: replyCount })}</span>}
        {thread.proposedText !== undefined && <span>{t('comments.thread.proposes')}</span>}
      </span>
    </button>
  );
}
