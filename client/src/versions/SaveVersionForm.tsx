import { type FormEvent, type JSX, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { useT } from '../i18n/useI18n.ts';
import { saveVersion } from './versionApi.ts';

/** Facilitators name and save the draft as it is now ("Draft shared with government"). */
export function SaveVersionForm({
  consultationId,
  onSaved,
}: {
  consultationId: string;
  onSaved: () => void;
}): JSX.Element {
  const t = useT();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await saveVersion(consultationId, name);
      setName('');
      onSaved();
    } catch (e) {
      setError(errorLineOf(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="rt-version-save" onSubmit={(e) => void submit(e)}>
      <label>
        {t('versions.save.label')}{' '}
        <input
          className="rt-input"
          value={name}
          maxLength={200}
          placeholder={t('versions.save.placeholder')}
          onChange={(e) => setName(e.target.value)}
          required
        />
      </label>
      <button type="submit" className="rt-button rt-button--primary" disabled={busy || name.trim() === ''}>
        {t('versions.save.submit')}
      </button>
      {error !== null && <p role="alert">{error}</p>}
    </form>
  );
}
