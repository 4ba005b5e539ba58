import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { submitOnModEnter } from './submitOnModEnter.ts';

interface ProposalFieldProps {
  /** The field is shown; until then, a "+ Propose new wording" link. */
  open: boolean;
  onOpen: () => void;
  value: string;
  onChange: (value: string) => void;
  /** The comment is on selected text, which the wording replaces; otherwise on the whole finding. */
  onSelection: boolean;
}

/** New wording proposed with a comment, offered behind a link. */
export function ProposalField({ open, onOpen, value, onChange, onSelection }: ProposalFieldProps): JSX.Element {
  const t = useT();
  if (!open) {
    return (
      <button type="button" className="rt-link-button" onClick={onOpen}>
        {t('comments.proposal.open')}
      </button>
    );
  }
  return (
    <label className="rt-field">
      <span className="rt-field__label">
        {t('comments.proposal.label')}{' '}
        <span className="rt-field__hint">
          {onSelection ? t('comments.proposal.onSelection') : t('comments.proposal.onFinding')}
        </span>
      </span>
      <textarea
        className="rt-textarea rt-textarea--proposal"
        rows={3}
        maxLength={5000}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={submitOnModEnter}
      />
    </label>
  );
}
