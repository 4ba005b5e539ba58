import { type FormEvent, type JSX, useState } from 'react';
import { saveVersion } from './versionApi.ts';

/** Facilitators name and save the draft as it is now ("Draft shared with government"). */
export function SaveVersionForm({
  consultationId,
  onSaved,
}: {
  consultationId: string;
  onSaved: () => void;
}): JSX.Element {
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
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="rt-version-save" onSubmit={(e) => void submit(e)}>
      <label>
        Save the draft as{' '}
        <input
          value={name}
          maxLength={200}
          placeholder="Draft shared with government"
          onChange={(e) => setName(e.target.value)}
          required
        />
      </label>
      <button type="submit" className="rt-button rt-button--primary" disabled={busy || name.trim() === ''}>
        Save version
      </button>
      {error !== null && <p role="alert">{error}</p>}
    </form>
  );
}
