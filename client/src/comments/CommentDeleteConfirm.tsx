import type { JSX } from 'react';
import { useAsyncAction } from './useAsyncAction.ts';

interface CommentDeleteConfirmProps {
  onDelete: () => Promise<unknown>;
  /** Deleted, or kept. */
  onDone: () => void;
}

/** "Delete this comment?", in the comment, saying that a trace stays. */
export function CommentDeleteConfirm({ onDelete, onDone }: CommentDeleteConfirmProps): JSX.Element {
  const remove = useAsyncAction(async () => {
    await onDelete();
    onDone();
  });
  return (
    <div className="rt-confirm" role="alertdialog" aria-label="Delete this comment?">
      <span>Delete this comment? A trace stays in the thread.</span>
      {remove.error !== null && <p className="rt-form-error">{remove.error}</p>}
      <div className="rt-inline-actions">
        <button type="button" className="rt-button rt-button--small" onClick={onDone}>
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
  );
}
