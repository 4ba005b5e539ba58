import { type Comment, ROLE_LABELS } from '@roundtable/profile';
import { type FormEvent, type JSX, useId, useState } from 'react';
import { Avatar } from '../presence/Avatar.tsx';
import { colorForName } from '../presence/colorForName.ts';
import { submitOnModEnter } from './Composer.tsx';
import { formatFullTime, formatTime } from './formatTime.ts';
import { useAsyncAction } from './useAsyncAction.ts';

interface CommentItemProps {
  comment: Comment;
  /** The viewer wrote it: they may edit or delete it. */
  own: boolean;
  onEdit: (body: string) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
}

function Timestamp({ iso }: { iso: string }): JSX.Element {
  return (
    <time className="rt-comment__time" dateTime={iso} title={formatFullTime(iso)}>
      {formatTime(iso)}
    </time>
  );
}

/** One comment of a thread: who, for whom, when; its text, its edit history, or the trace of its deletion. */
export function CommentItem({ comment, own, onEdit, onDelete }: CommentItemProps): JSX.Element {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(comment.body);
  const [showHistory, setShowHistory] = useState(false);
  const historyId = useId();
  const edit = useAsyncAction(async (body: string) => {
    await onEdit(body);
    setMode('view');
  });
  const remove = useAsyncAction(async () => {
    await onDelete();
    setMode('view');
  });
  const deleted = comment.deletedAt !== undefined;
  const edited = comment.history.length > 0;

  const saveEdit = (event: FormEvent): void => {
    event.preventDefault();
    if (draft.trim() !== '' && !edit.pending) void edit.run(draft.trim());
  };

  return (
    <li className="rt-comment" data-comment-id={comment.id}>
      <Avatar name={comment.author.name} color={colorForName(comment.author.name)} size="sm" />
      <div className="rt-comment__main">
        <div className="rt-comment__meta">
          <span className="rt-comment__name">{comment.author.name}</span>
          {comment.author.role === 'facilitator' && (
            <span className="rt-role rt-role--facilitator">{ROLE_LABELS.facilitator}</span>
          )}
          <Timestamp iso={comment.createdAt} />
          {edited && !deleted && (
            <button
              type="button"
              className="rt-comment__edited"
              aria-expanded={showHistory}
              aria-controls={historyId}
              title={comment.editedAt === undefined ? 'Edited' : `Edited ${formatFullTime(comment.editedAt)}`}
              onClick={() => setShowHistory((s) => !s)}
            >
              edited
            </button>
          )}
        </div>
        <div className="rt-comment__org">{comment.author.organisation}</div>
        {deleted ? (
          <p className="rt-comment__deleted">
            Comment deleted{comment.deletedAt === undefined ? '' : ` · ${formatTime(comment.deletedAt)}`}
          </p>
        ) : mode === 'edit' ? (
          <form className="rt-comment__edit" onSubmit={saveEdit}>
            <textarea
              className="rt-textarea"
              aria-label="Edit your comment"
              rows={3}
              maxLength={5000}
              value={draft}
              // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this text
              autoFocus
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setMode('view');
                else submitOnModEnter(event);
              }}
            />
            {edit.error !== null && <p className="rt-form-error">{edit.error}</p>}
            <div className="rt-inline-actions">
              <button type="button" className="rt-button rt-button--small" onClick={() => setMode('view')}>
                Cancel
              </button>
              <button
                type="submit"
                className="rt-button rt-button--primary rt-button--small"
                disabled={draft.trim() === '' || edit.pending}
              >
                Save
              </button>
            </div>
          </form>
        ) : (
          <p className="rt-comment__body">{comment.body}</p>
        )}
        {showHistory && edited && !deleted && (
          <div id={historyId} className="rt-comment__history">
            <p className="rt-comment__history-title">Earlier versions</p>
            <ol>
              {[...comment.history].reverse().map((revision) => (
                <li key={revision.replacedAt}>
                  <p className="rt-comment__history-body">{revision.body}</p>
                  <p className="rt-comment__history-time">Replaced {formatFullTime(revision.replacedAt)}</p>
                </li>
              ))}
            </ol>
          </div>
        )}
        {own && !deleted && mode === 'view' && (
          <div className="rt-comment__own">
            <button
              type="button"
              className="rt-link-button"
              onClick={() => {
                setDraft(comment.body);
                setMode('edit');
              }}
            >
              Edit
            </button>
            <button type="button" className="rt-link-button" onClick={() => setMode('confirm-delete')}>
              Delete
            </button>
          </div>
        )}
        {mode === 'confirm-delete' && (
          <div className="rt-confirm" role="alertdialog" aria-label="Delete this comment?">
            <span>Delete this comment? A trace stays in the thread.</span>
            {remove.error !== null && <p className="rt-form-error">{remove.error}</p>}
            <div className="rt-inline-actions">
              <button type="button" className="rt-button rt-button--small" onClick={() => setMode('view')}>
                Keep
              </button>
              <button
                type="button"
                className="rt-button rt-button--danger rt-button--small"
                disabled={remove.pending}
                onClick={() => void remove.run()}
              >
                Delete
              </button>
            </div>
          </div>
        )}
      </div>
    </li>
  );
}
