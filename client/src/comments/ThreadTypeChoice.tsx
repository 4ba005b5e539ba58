import { THREAD_TYPE_KEYS } from '@roundtable/i18n';
import { THREAD_TYPES, type ThreadType } from '@roundtable/profile';
import { type JSX, useId } from 'react';
import { useT } from '../i18n/useI18n.ts';

interface ThreadTypeChoiceProps {
  value: ThreadType | null;
  onChange: (type: ThreadType) => void;
  /** The person tried to post without a type. */
  missing: boolean;
}

/** The kind of remark, as chips: factual correction, update, missing source... */
export function ThreadTypeChoice({ value, onChange, missing }: ThreadTypeChoiceProps): JSX.Element {
  const t = useT();
  const errorId = useId();
  return (
    <fieldset className="rt-composer__types" aria-describedby={missing ? errorId : undefined}>
      <legend className="rt-field__label">{t('comments.composer.type')}</legend>
      <div className="rt-chips">
        {THREAD_TYPES.map((type) => (
          <label key={type} className={`rt-chip rt-type--${type}${value === type ? ' rt-chip--on' : ''}`}>
            <input
              type="radio"
              name="thread-type"
              value={type}
              checked={value === type}
              onChange={() => onChange(type)}
            />
            {t(THREAD_TYPE_KEYS[type])}
          </label>
        ))}
      </div>
      {missing && (
        <p id={errorId} className="rt-form-error">
          {t('comments.composer.typeMissing')}
        </p>
      )}
    </fieldset>
  );
}
