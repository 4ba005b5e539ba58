import { MAX_PERSON_NAME_LENGTH } from '@roundtable/profile';
import { type JSX, useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { Avatar } from './Avatar.tsx';
import { colorForName } from './colorForName.ts';

/** "Your name", with the avatar the others will see; focused and selected when it appears. */
export function NameField({ value, onChange }: { value: string; onChange: (value: string) => void }): JSX.Element {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const trimmed = value.trim();

  // Before the field is painted, so the first keys typed land in it.
  useLayoutEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  return (
    <label className="rt-field">
      <span className="rt-field__label">{t('presence.name.label')}</span>
      <span className="rt-field__row">
        <Avatar name={trimmed === '' ? '?' : trimmed} color={trimmed === '' ? '#9aa3b2' : colorForName(trimmed)} />
        <input
          ref={inputRef}
          className="rt-input"
          name="name"
          autoComplete="name"
          maxLength={MAX_PERSON_NAME_LENGTH}
          placeholder={t('presence.name.placeholder')}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </span>
    </label>
  );
}
