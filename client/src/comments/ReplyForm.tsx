import type { FormEvent, JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { submitOnModEnter } from './submitOnModEnter.ts';
import { useAsyncAction } from './useAsyncAction.ts';

interface ReplyFormProps {
  /** The reply being written; the card keeps it while the thread is closed and opened again. */
  value: string;
  onChange: (value: string) => void;
  onReply: (body: string) => Promise<unknown>;
}

/** The reply box of an open thread: one line until something is typed, then a Reply button. */
export function ReplyForm({ value: reply, onChange: setReply, onReply }: ReplyFormProps): JSX.Element {
  const t = useT();
  const send = useAsyncAction(async (body: string) => {
    await onReply(body);
    setReply('');
  });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (reply.trim() !== '' && !send.pending) void send.run(reply.trim());
  };
  return (
    <form className="rt-reply" onSubmit={submit}>
      <textarea
        className="rt-textarea rt-reply__input"
        aria-label={t('comments.reply.label')}
        placeholder={t('comments.reply.placeholder')}
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
            {t('comments.reply.send')}
          </button>
        </div>
      )}
    </form>
  );
}
