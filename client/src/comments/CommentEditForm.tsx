import { type FormEvent, type JSX, useState } from 'react';
import { useFocusOnMount } from '../app/useFocusOnMount.ts';
import { useT } from '../i18n/useI18n.ts';
import { submitOnModEnter } from './submitOnModEnter.ts';
import { useAsyncAction } from './useAsyncAction.ts';

interface CommentEditFormProps {
  body: string;
  onSave: (body: string) => Promise<unknown>;
  /** Saved or cancelled: back to reading. */
  onDone: () => void;
}

/** Editing one's own comment in place; Escape cancels, Ctrl/Cmd+Enter saves. */
export function CommentEditForm({ body, onSave, onDone }: CommentEditFormProps): JSX.Element {
  const t = useT();
  const [draft, setDraft] = useState(body);
  // The person just asked to edit this text.
  const focusRef = useFocusOnMount<HTMLTextAreaElement>();
  const edit = useAsyncAction(async (next: string) => {
    await onSave(next);
    onDone();
  });
  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (draft.trim() !== '' && !edit.pending) void edit.run(draft.trim());
  };
  return (
    <form className="rt-comment__edit" onSubmit={save}>
      <textarea
        className="rt-textarea"
        aria-label={t('comments.edit.label')}
        rows={3}
        maxLength={5000}
        value={draft}
        ref={focusRef}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
          else submitOnModEnter(event);
        }}
      />
      {edit.error !== null && <p className="rt-form-error">{edit.error}</p>}
      <div className="rt-inline-actions">
        <button type="button" className="rt-button rt-button--small" onClick={onDone}>
          {t('comments.action.cancel')}
        </button>
        <button
          type="submit"
          className="rt-button rt-button--primary rt-button--small"
          disabled={draft.trim() === '' || edit.pending}
        >
          {t('comments.action.save')}
        </button>
      </div>
    </form>
  );
}
