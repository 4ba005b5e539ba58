import { OUTCOME_LABELS, THREAD_TYPE_LABELS, type Thread } from '@roundtable/profile';
import { type FormEvent, type JSX, useEffect, useRef, useState } from 'react';
import type { AnchorState } from './AnchorRegistry.ts';
import { CommentItem } from './CommentItem.tsx';
import { submitOnModEnter } from './Composer.tsx';
import { formatFullTime, formatTime } from './formatTime.ts';
import { ProposedWording } from './ProposedWording.tsx';
import type { ThreadActions } from './ThreadActions.ts';
import { useAsyncAction } from './useAsyncAction.ts';
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

function StateBadge({ thread }: { thread: Thread }): JSX.Element {
  if (thread.status === 'open' || thread.resolution === undefined) {
    return <span className="rt-state rt-state--open">Open</span>;
  }
  const { outcome } = thread.resolution;
  return <span className={`rt-outcome rt-outcome--${outcome}`}>{OUTCOME_LABELS[outcome]}</span>;
}

function Quote({ thread, anchorState }: { thread: Thread; anchorState: AnchorState | undefined }): JSX.Element | null {
  if (thread.anchor === undefined) return null;
  const gone = anchorState !== undefined && !anchorState.present;
  return (
    <div className={`rt-thread__quote${gone ? ' rt-thread__quote--gone' : ''}`}>
      <blockquote className="rt-quote-snippet">{thread.anchor.quote}</blockquote>
      {gone && <p className="rt-thread__gone">This text is no longer in the draft.</p>}
    </div>
  );
}

/** Compact summary of a thread in the list; a click opens it. */
function ThreadSummary({
  thread,
  anchorState,
  onActivate,
}: Omit<ThreadCardProps, 'active' | 'viewer' | 'actions' | 'onClose' | 'onResolve' | 'indicatorTitle'>): JSX.Element {
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
        <StateBadge thread={thread} />
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
        <time dateTime={thread.createdAt} title={formatFullTime(thread.createdAt)}>
          {formatTime(thread.createdAt)}
        </time>
        {replyCount > 0 && <span>{`${replyCount} ${replyCount === 1 ? 'reply' : 'replies'}`}</span>}
        {thread.proposedText !== undefined && <span>Proposes wording</span>}
      </span>
    </button>
  );
}

/** A thread: its remark, proposed wording, replies and resolution; the active one also takes replies and decisions. */
export function ThreadCard(props: ThreadCardProps): JSX.Element {
  const { thread, active, anchorState, indicatorTitle, viewer, actions, onClose, onResolve } = props;
  const ref = useRef<HTMLElement>(null);
  const [reply, setReply] = useState('');
  const send = useAsyncAction(async (body: string) => {
    await actions.reply(thread.id, body);
    setReply('');
  });
  const reopen = useAsyncAction(() => actions.reopen(thread.id));

  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  if (!active) return <ThreadSummary thread={thread} anchorState={anchorState} onActivate={props.onActivate} />;

  const [first, ...replies] = thread.comments;
  const sendReply = (event: FormEvent): void => {
    event.preventDefault();
    if (reply.trim() !== '' && !send.pending) void send.run(reply.trim());
  };
  const own = (authorId: string) => viewer.personId !== null && authorId === viewer.personId;
  const commentProps = (commentId: string) => ({
    onEdit: (body: string) => actions.edit(thread.id, commentId, body),
    onDelete: () => actions.remove(thread.id, commentId),
  });

  return (
    <article
      ref={ref}
      className={`rt-thread rt-thread--active${thread.status === 'resolved' ? ' rt-thread--resolved' : ''}`}
      data-thread-id={thread.id}
      data-status={thread.status}
      aria-label={`${THREAD_TYPE_LABELS[thread.type]} on ${thread.indicatorId} by ${thread.author.name}`}
    >
      <header className="rt-thread__head">
        <span className={`rt-type rt-type--${thread.type}`}>{THREAD_TYPE_LABELS[thread.type]}</span>
        <StateBadge thread={thread} />
        <button type="button" className="rt-close" aria-label="Close the thread" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="rt-thread__where">
        <span className="rt-thread__indicator">{thread.indicatorId}</span> {indicatorTitle ?? ''}
      </p>
      <Quote thread={thread} anchorState={anchorState} />
      <ol className="rt-thread__comments">
        {first !== undefined && (
          <CommentItem comment={first} own={own(first.author.personId)} {...commentProps(first.id)} />
        )}
      </ol>
      {thread.proposedText !== undefined && (
        <ProposedWording quote={thread.anchor?.quote} proposed={thread.proposedText} />
      )}
      {replies.length > 0 && (
        <ol className="rt-thread__comments rt-thread__replies" aria-label="Replies">
          {replies.map((c) => (
            <CommentItem key={c.id} comment={c} own={own(c.author.personId)} {...commentProps(c.id)} />
          ))}
        </ol>
      )}
      {thread.resolution !== undefined && thread.status === 'resolved' && (
        <div className="rt-resolution">
          <div className="rt-resolution__head">
            <span className={`rt-outcome rt-outcome--${thread.resolution.outcome}`}>
              {OUTCOME_LABELS[thread.resolution.outcome]}
            </span>
            {thread.resolution.appliedProposal && <span className="rt-applied">Wording applied to the draft</span>}
          </div>
          {thread.resolution.response !== '' && <p className="rt-resolution__response">{thread.resolution.response}</p>}
          <p className="rt-resolution__by">
            {`Resolved by ${thread.resolution.by.name} (${thread.resolution.by.organisation}) · `}
            <time dateTime={thread.resolution.at} title={formatFullTime(thread.resolution.at)}>
              {formatTime(thread.resolution.at)}
            </time>
          </p>
        </div>
      )}
      {viewer.canComment && (
        <form className="rt-reply" onSubmit={sendReply}>
          <textarea
            className="rt-textarea rt-reply__input"
            aria-label="Reply"
            placeholder="Reply…"
            rows={reply === '' ? 1 : 3}
            maxLength={5000}
            value={reply}
            onChange={(event) => setReply(event.target.value)}
            onKeyDown={submitOnModEnter}
          />
          {send.error !== null && <p className="rt-form-error">{send.error}</p>}
          {reply.trim() !== '' && (
            <div className="rt-inline-actions">
              <button type="submit" className="rt-button rt-button--primary rt-button--small" disabled={send.pending}>
                Reply
              </button>
            </div>
          )}
        </form>
      )}
      {viewer.canResolve && (
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
      )}
    </article>
  );
}
