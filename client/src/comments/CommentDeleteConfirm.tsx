import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { useAsyncAction } from './useAsyncAction.ts';

interface CommentDeleteConfirmProps {
  onDelete: () => Promise<unknown>;
  /** Deleted, or kept. */
  onDone: () => void;
}

/** "Delete this comment?", in the comment, saying that a trace stays. */
export function CommentDeleteConfirm({ onDelete, onDone }: CommentDeleteConfirmProps): JSX.Element {
  const t = useT();
  const remove = useAsyncAction(async () => {
    await onDelete();
    onDone();
  });
  return (
    <div className="rt-confirm" role="alertdialog" aria-label={t('comments.delete.label')}>
      <span>{t('comments.delete.text')}</span>
      {remove.error !== null && <p className="rt-form-error">{remove.error}</p>}
      <div className="rt-inline-actions">
        <button type="button" className="rt-button rt-button--small" onClick={onDone}>
          {t('comments.delete.keep')}
        </button>
        <button
          type="button"
          className="rt-button rt-button--danger rt-button--small"
          disabled={remove.pending}
          onClick={() => void remove.run()}
        >
          {t('comments.action.delete')}
        </button>
      </div>
    </div>
  );
}
