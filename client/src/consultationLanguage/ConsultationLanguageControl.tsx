import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '@roundtable/i18n';
import type { ConsultationSummary } from '@roundtable/profile';
import { type JSX, useEffect, useId, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { useT } from '../i18n/useI18n.ts';
import { setConsultationLanguage } from './consultationLanguageApi.ts';

export interface ConsultationLanguageControlProps {
  consultationId: string;
  /** The consultation's document language, as its summary last said (`summary.language`). */
  language: Language;
  /** Facilitators (and the operator) change it; nobody else sees the control. */
  mayChange: boolean;
  /** The consultation as the server answered the change, to refresh what the page holds. */
  onChanged?: (summary: ConsultationSummary) => void;
}

type Saving = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

/**
 * "Language of the documents": the language the consultation's exports
 * (comment matrix, profile in Word, print and Markdown) and minutes are
 * written in, chosen by a facilitator from the languages Roundtable speaks,
 * each shown by its own name. Saved as soon as it is chosen.
 */
export function ConsultationLanguageControl({
  consultationId,
  language,
  mayChange,
  onChanged,
}: ConsultationLanguageControlProps): JSX.Element | null {
  const t = useT();
  const hintId = useId();
  const [chosen, setChosen] = useState<Language>(language);
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });
  useEffect(() => setChosen(language), [language]);
  if (!mayChange) return null;

  const choose = async (value: string): Promise<void> => {
    if (!isLanguage(value) || value === chosen) return;
    const before = chosen;
    setChosen(value);
    setSaving({ state: 'saving' });
    try {
      const summary = await setConsultationLanguage(consultationId, value);
      setChosen(summary.language);
      setSaving({ state: 'saved' });
      onChanged?.(summary);
    } catch (error) {
      setChosen(before);
      setSaving({ state: 'failed', message: errorLineOf(t, error) });
    }
  };

  return (
    <div className="rt-consultation-language" data-testid="consultation-language">
      <label className="rt-field">
        <span className="rt-field__label">{t('consultationLanguage.label')}</span>
        <select
          value={chosen}
          disabled={saving.state === 'saving'}
          aria-describedby={hintId}
          onChange={(event) => void choose(event.currentTarget.value)}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} className="rt-field__hint">
        {t('consultationLanguage.hint')}
      </p>
      <p className="rt-consultation-language__status" role="status">
        {saving.state === 'saving' && t('consultationLanguage.saving')}
        {saving.state === 'saved' && t('consultationLanguage.saved', { language: LANGUAGE_NAMES[chosen] })}
      </p>
      {saving.state === 'failed' && (
        <p role="alert" className="rt-consultation-language__error">
          {t('consultationLanguage.failed', { reason: saving.message })}
        </p>
      )}
    </div>
  );
}
