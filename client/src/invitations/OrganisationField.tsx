import { compareText } from '@roundtable/i18n';
import type { NewInvitationRequest, Organisation } from '@roundtable/profile';
import { type JSX, useId, useMemo } from 'react';
import { useLanguage, useT } from '../i18n/useI18n.ts';

interface OrganisationFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The consultation's organisations, offered as suggestions. */
  organisations: readonly Organisation[];
  /** What the typed text names: one of them (its id), a new organisation, or nothing yet (see organisationInput). */
  chosen: NewInvitationRequest['organisation'] | null;
}

/** The invitee's organisation: one taking part, picked from suggestions, or a new one typed in. */
export function OrganisationField({ value, onChange, organisations, chosen }: OrganisationFieldProps): JSX.Element {
  const t = useT();
  const { language } = useLanguage();
  const listId = useId();
  const suggestions = useMemo(() => {
    const compare = compareText(language);
    return [...organisations].sort((a, b) => compare(a.name, b.name));
  }, [organisations, language]);
  return (
    <label className="rt-field">
      <span className="rt-field__label">
        {t('invitations.form.organisation')}{' '}
        <span className="rt-field__hint">
          {value.trim() === ''
            ? t('invitations.form.organisationHintEmpty')
            : typeof chosen === 'string'
              ? t('invitations.form.organisationHintKnown')
              : t('invitations.form.organisationHintNew')}
        </span>
      </span>
      <input
        className="rt-input"
        name="invitee-organisation"
        list={listId}
        autoComplete="off"
        maxLength={200}
        placeholder={t('invitations.form.organisationPlaceholder')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((o) => (
          <option key={o.id} value={o.name} />
        ))}
      </datalist>
    </label>
  );
}
