import { type JSX, useRef } from 'react';
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

/**
 * New wording proposed with a comment, offered behind a link. Opening it
 * moves the focus into the field: the link it replaces is gone, and the
 * focus would otherwise fall back to the page (where Escape no longer
 * reaches the composer).
 */
export function ProposalField({ open, onOpen, value, onChange, onSelection }: ProposalFieldProps): JSX.Element {
  const t = useT();
  const focusWhenShown = useRef(false);
  if (!open) {
    return (
      <button
        type="button"
        className="rt-link-button"
        onClick={() => {
          focusWhenShown.current = true;
          onOpen();
        }}
      >
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
        ref={(field) => {
          if (field === null || !focusWhenShown.current) return;
          focusWhenShown.current = false;
          field.focus();
        }}
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
