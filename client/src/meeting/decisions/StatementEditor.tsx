import { MAX_STATEMENT_LENGTH } from '@roundtable/meeting';
import { type JSX, useState } from 'react';
import { useFocusOnMount } from '../../app/useFocusOnMount.ts';
import { useT } from '../../i18n/useI18n.ts';

/** A decision's one-line statement, written or changed in place by a facilitator (empty removes it). */
export function StatementEditor(props: {
  initial: string;
  onSave: (statement: string | null) => void;
  onCancel: () => void;
}): JSX.Element {
  const t = useT();
  const [text, setText] = useState(props.initial);
  // Opened by the person's own click, to type at once.
  const focusRef = useFocusOnMount<HTMLInputElement>();
  return (
    <form
      className="rt-statement-editor"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(text.trim() === '' ? null : text.trim());
      }}
    >
      <input
        className="rt-input"
        aria-label={t('meeting.statement.label')}
        placeholder={t('meeting.statement.placeholder')}
        maxLength={MAX_STATEMENT_LENGTH}
        value={text}
        ref={focusRef}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onCancel();
        }}
      />
      <button type="submit" className="rt-button rt-button--small rt-button--primary">
        {t('meeting.statement.save')}
      </button>
    </form>
  );
}
