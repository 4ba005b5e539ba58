import { THREAD_TYPE_KEYS } from '@roundtable/i18n';
import type { Thread } from '@roundtable/profile';
import { type JSX, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useI18n.ts';
import type { AnchorState } from './AnchorRegistry.ts';
import { CommentItem } from './CommentItem.tsx';
import { ProposedWording } from './ProposedWording.tsx';
import { ReplyForm } from './ReplyForm.tsx';
import type { ThreadActions } from './ThreadActions.ts';
import { ThreadDecision } from './ThreadDecision.tsx';
import { ThreadQuote } from './ThreadQuote.tsx';
import { ThreadResolution } from './ThreadResolution.tsx';
import { ThreadStateBadge } from './ThreadStateBadge.tsx';
import { ThreadSummary } from './ThreadSummary.tsx';
import type { Viewer } from './Viewer.ts';

interface ThreadCardProps {
  thread: Thread;
  active: boolean;
  anchorState: AnchorState | undefined;
  indicatorTitle: string | undefined;
  viewer: Viewer;
  actions: ThreadActions;
  onActivate: (threadId: string) => void;
  onClose: () => void;
  onResolve: (threadId: string) => void;
}

/** A thread: its remark, proposed wording, replies and resolution; the active one also takes replies and decisions. */
export function ThreadCard(props: ThreadCardProps): JSX.Element {
  const { thread, active, anchorState, indicatorTitle, viewer, actions, onClose, onResolve } = props;
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const [reply, setReply] = useState('');

  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  if (!active) return <ThreadSummary thread={thread} anchorState={anchorState} onActivate={props.onActivate} />;

  const [first, ...replies] = thread.comments;
  const item = (comment: Thread['comments'][number]): JSX.Element => (
    <CommentItem
      key={comment.id}
      comment={comment}
      own={viewer.personId !== null && comment.author.personId === viewer.personId}
      editable={thread.status === 'open'}
      onEdit={(body) => actions.edit(thread.id, comment.id, body)}
      onDelete={() => actions.remove(thread.id, comment.id)}
    />
  );

  return (
    <article
      ref={ref}
      className={`rt-thread rt-thread--active${thread.status === 'resolved' ? ' rt-thread--resolved' : ''}`}
      data-thread-id={thread.id}
      data-status={thread.status}
      aria-label={t('comments.thread.label', {
        type: t(THREAD_TYPE_KEYS[thread.type]),
        indicator: thread.indicatorId,
        name: thread.author.name,
      })}
    >
      <header className="rt-thread__head">
        <span className={`rt-type rt-type--${thread.type}`}>{t(THREAD_TYPE_KEYS[thread.type])}</span>
        <ThreadStateBadge thread={thread} />
        <button type="button" className="rt-close" aria-label={t('comments.thread.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="rt-thread__where">
        <span className="rt-thread__indicator">{thread.indicatorId}</span> {indicatorTitle ?? ''}
      </p>
      <ThreadQuote thread={thread} anchorState={anchorState} />
      <ol className="rt-thread__comments">{first !== undefined && item(first)}</ol>
      {thread.proposedText !== undefined && (
        <ProposedWording quote={thread.anchor?.quote} proposed={thread.proposedText} />
      )}
      {replies.length > 0 && (
        <ol className="rt-thread__comments rt-thread__replies" aria-label={t('comments.thread.replies')}>
          {replies.map(item)}
        </ol>
      )}
      {thread.resolution !== undefined && thread.status === 'resolved' && (
        <ThreadResolution resolution={thread.resolution} proposed={thread.proposedText !== undefined} />
      )}
      {viewer.canComment && (
        <ReplyForm value={reply} onChange={setReply} onReply={(body) => actions.reply(thread.id, body)} />
      )}
      {viewer.canResolve && <ThreadDecision thread={thread} onResolve={onResolve} onReopen={actions.reopen} />}
    </article>
  );
}
