import { ROLE_KEYS } from '@roundtable/i18n';
import type { Comment } from '@roundtable/profile';
import { type JSX, useId, useState } from 'react';
import { formatFullTime, formatTime } from '../app/formatTime.ts';
import { RelativeTime } from '../app/RelativeTime.tsx';
import { useT } from '../i18n/useI18n.ts';
import { Avatar } from '../presence/Avatar.tsx';
import { colorForName } from '../presence/colorForName.ts';
import { CommentDeleteConfirm } from './CommentDeleteConfirm.tsx';
import { CommentEditForm } from './CommentEditForm.tsx';
import { CommentHistory } from './CommentHistory.tsx';

interface CommentItemProps {
  comment: Comment;
  /** The viewer wrote it: they may delete it, and edit it while `editable`. */
  own: boolean;
  /** False once the thread is resolved: its comments stay as the facilitators decided on them (the server refuses edits). */
  editable: boolean;
  onEdit: (body: string) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
}

/** One comment of a thread: who, for whom, when; its text, its edit history, or the trace of its deletion. */
export function CommentItem({ comment, own, editable, onEdit, onDelete }: CommentItemProps): JSX.Element {
  const t = useT();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [showHistory, setShowHistory] = useState(false);
  const historyId = useId();
  const deleted = comment.deletedAt !== undefined;
  const edited = comment.history.length > 0;
  const view = (): void => setMode('view');

  return (
    <li className="rt-comment" data-comment-id={comment.id}>
      <Avatar name={comment.author.name} color={colorForName(comment.author.name)} size="sm" />
      <div className="rt-comment__main">
        <div className="rt-comment__meta">
          <span className="rt-comment__name">{comment.author.name}</span>
          {comment.author.role === 'facilitator' && (
            <span className="rt-role rt-role--facilitator">{t(ROLE_KEYS.facilitator)}</span>
          )}
          <RelativeTime className="rt-comment__time" iso={comment.createdAt} />
          {edited && !deleted && (
            <button
              type="button"
              className="rt-comment__edited"
              aria-expanded={showHistory}
              // The history is rendered only while shown: name it only then.
              aria-controls={showHistory ? historyId : undefined}
              title={
                comment.editedAt === undefined
                  ? t('comments.item.editedTitle')
                  : t('comments.item.editedAt', { time: formatFullTime(comment.editedAt) })
              }
              onClick={() => setShowHistory((s) => !s)}
            >
              {t('comments.item.edited')}
            </button>
          )}
        </div>
        <div className="rt-comment__org">{comment.author.organisation}</div>
        {deleted ? (
          <p className="rt-comment__deleted">
            {comment.deletedAt === undefined
              ? t('comments.item.deleted')
              : t('comments.item.deletedAt', { time: formatTime(comment.deletedAt) })}
          </p>
        ) : mode === 'edit' ? (
          <CommentEditForm body={comment.body} onSave={onEdit} onDone={view} />
        ) : (
          <p className="rt-comment__body">{comment.body}</p>
        )}
        {showHistory && edited && !deleted && <CommentHistory id={historyId} history={comment.history} />}
        {own && !deleted && mode === 'view' && (
          <div className="rt-comment__own">
            {editable && (
              <button type="button" className="rt-link-button" onClick={() => setMode('edit')}>
                {t('comments.action.edit')}
              </button>
            )}
            <button type="button" className="rt-link-button" onClick={() => setMode('confirm-delete')}>
              {t('comments.action.delete')}
            </button>
          </div>
        )}
        {mode === 'confirm-delete' && <CommentDeleteConfirm onDelete={onDelete} onDone={view} />}
      </div>
    </li>
  );
}
