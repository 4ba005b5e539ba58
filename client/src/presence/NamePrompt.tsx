import { MAX_PERSON_NAME_LENGTH } from '@roundtable/profile';
import { type FormEvent, type JSX, useEffect, useId, useRef, useState } from 'react';
import { Avatar } from './Avatar.tsx';
import { colorForName } from './colorForName.ts';

interface NamePromptProps {
  /** The name on the invitation, to confirm or correct. */
  initialName?: string;
  /** "Ministry of Interior · Participant", from the invitation, when known. */
  joiningAs?: string | null;
  /** Saves the name; a rejection is shown in the prompt, which stays open. */
  onSubmit: (name: string) => Promise<void> | void;
  onCancel?: () => void;
}

/** Small modal asking how to show this person to the others in the room. */
export function NamePrompt({ initialName = '', joiningAs = null, onSubmit, onCancel }: NamePromptProps): JSX.Element {
  const [name, setName] = useState(initialName);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const trimmed = name.trim();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  useEffect(() => {
    if (onCancel === undefined) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (trimmed === '' || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSubmit(trimmed);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Your name could not be saved. Try again.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="rt-modal-backdrop">
      <form className="rt-modal" role="dialog" aria-modal="true" aria-labelledby={titleId} onSubmit={submit}>
        <h2 id={titleId} className="rt-modal__title">
          {onCancel === undefined ? 'Welcome to the consultation' : 'Change your name'}
        </h2>
        <p className="rt-modal__text">
          Your name is shown to the other participants next to your cursor, in the list of people and on your comments.
          It is the name on your invitation; correct it here if it is wrong.
        </p>
        {joiningAs !== null && (
          <p className="rt-modal__joining">
            Joining for <strong>{joiningAs}</strong>
          </p>
        )}
        <label className="rt-field">
          <span className="rt-field__label">Your name</span>
          <span className="rt-field__row">
            <Avatar name={trimmed === '' ? '?' : trimmed} color={trimmed === '' ? '#9aa3b2' : colorForName(trimmed)} />
            <input
              ref={inputRef}
              className="rt-input"
              name="name"
              autoComplete="name"
              maxLength={MAX_PERSON_NAME_LENGTH}
              placeholder="e.g. Amina Diallo"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </span>
        </label>
        {error !== null && (
          <p className="rt-form-error" role="alert">
            {error}
          </p>
        )}
        <div className="rt-modal__actions">
          {onCancel !== undefined && (
            <button type="button" className="rt-button" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="rt-button rt-button--primary" disabled={trimmed === '' || saving}>
            {onCancel === undefined ? 'Join' : 'Save'}
          </button>
        </div>
      </form>
    </div>
  );
}
