import { type JSX, useId } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { submitOnModEnter } from './submitOnModEnter.ts';

interface ResponseFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The chosen outcome must say why (see `requiresResponse`). */
  required: boolean;
  /** The person tried to resolve without the required response. */
  missing: boolean;
}

/** A facilitator's response to a thread, shown to everyone and kept in the comment matrix. */
export function ResponseField({ value, onChange, required, missing }: ResponseFieldProps): JSX.Element {
  const t = useT();
  const errorId = useId();
  return (
    <>
      <label className="rt-field">
        <span className="rt-field__label">
          {t('comments.response.label')}{' '}
          <span className="rt-field__hint">
            {required ? t('comments.response.hintRequired') : t('comments.response.hint')}
          </span>
        </span>
        <textarea
          className="rt-textarea"
          rows={3}
          maxLength={5000}
          value={value}
          placeholder={t('comments.response.placeholder')}
          aria-required={required}
          aria-invalid={missing}
          aria-describedby={missing ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={submitOnModEnter}
        />
      </label>
      {missing && (
        <p id={errorId} className="rt-form-error" role="alert">
          {t('comments.response.missing')}
        </p>
      )}
    </>
  );
}
