import { THREAD_TYPE_LABELS, THREAD_TYPES, type ThreadType } from '@roundtable/profile';
import { type JSX, useId } from 'react';

interface ThreadTypeChoiceProps {
  value: ThreadType | null;
  onChange: (type: ThreadType) => void;
  /** The person tried to post without a type. */
  missing: boolean;
}

/** The kind of remark, as chips: factual correction, update, missing source... */
export function ThreadTypeChoice({ value, onChange, missing }: ThreadTypeChoiceProps): JSX.Element {
  const errorId = useId();
  return (
    <fieldset className="rt-composer__types" aria-describedby={missing ? errorId : undefined}>
      <legend className="rt-field__label">Type</legend>
      <div className="rt-chips">
        {THREAD_TYPES.map((t) => (
          <label key={t} className={`rt-chip rt-type--${t}${value === t ? ' rt-chip--on' : ''}`}>
            <input type="radio" name="thread-type" value={t} checked={value === t} onChange={() => onChange(t)} />
            {THREAD_TYPE_LABELS[t]}
          </label>
        ))}
      </div>
      {missing && (
        <p id={errorId} className="rt-form-error">
          Choose what kind of comment this is.
        </p>
      )}
    </fieldset>
  );
}
