import { type FormEvent, type JSX, useId, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { Modal } from '../app/Modal.tsx';
import { useI18n, useT } from '../i18n/useI18n.ts';
import { NameField } from './NameField.tsx';

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
  const t = useT();
  const { intl } = useI18n();
  const [name, setName] = useState(initialName);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const trimmed = name.trim();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (trimmed === '' || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSubmit(trimmed);
    } catch (failure) {
      setError(errorLineOf(t, failure, 'presence.prompt.saveFailed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal labelledBy={titleId} onClose={onCancel}>
      <form className="rt-modal" onSubmit={submit}>
        <h2 id={titleId} className="rt-modal__title">
          {onCancel === undefined ? t('presence.prompt.welcome') : t('presence.rename')}
        </h2>
        <p className="rt-modal__text">{t('presence.prompt.explanation')}</p>
        {joiningAs !== null && (
          <p className="rt-modal__joining">
            {intl.formatMessage(
              { id: 'presence.prompt.joiningFor' },
              { who: joiningAs, strong: (chunks) => <strong key="who">{chunks}</strong> },
            )}
          </p>
        )}
        <NameField value={name} onChange={setName} />
        {error !== null && (
          <p className="rt-form-error" role="alert">
            {error}
          </p>
        )}
        <div className="rt-modal__actions">
          {onCancel !== undefined && (
            <button type="button" className="rt-button" onClick={onCancel}>
              {t('presence.prompt.cancel')}
            </button>
          )}
          <button type="submit" className="rt-button rt-button--primary" disabled={trimmed === '' || saving}>
            {onCancel === undefined ? t('presence.prompt.join') : t('presence.prompt.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
