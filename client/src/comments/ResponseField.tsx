import { type JSX, useId } from 'react';
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
  const errorId = useId();
  return (
    <>
      <label className="rt-field">
        <span className="rt-field__label">
          Response{' '}
          <span className="rt-field__hint">
            {required ? 'required: say why; ' : ''}shown to everyone and kept in the comment record
          </span>
        </span>
        <textarea
          className="rt-textarea"
          rows={3}
          maxLength={5000}
          value={value}
          placeholder="e.g. Agreed: the finding now cites the 2025 amendment."
          aria-required={required}
          aria-invalid={missing}
          aria-describedby={missing ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={submitOnModEnter}
        />
      </label>
      {missing && (
        <p id={errorId} className="rt-form-error" role="alert">
          Say why the remark is not accepted: the response goes to its author and into the comment matrix.
        </p>
      )}
    </>
  );
}
