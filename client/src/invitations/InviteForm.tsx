import type { CreatedInvitation, Organisation, Role } from '@roundtable/profile';
import { type FormEvent, type JSX, useState } from 'react';
import { useAsyncAction } from '../comments/useAsyncAction.ts';
import { useT } from '../i18n/useI18n.ts';
import { invitationApi } from './invitationApi.ts';
import { OrganisationField } from './OrganisationField.tsx';
import { organisationInput } from './organisationInput.ts';
import { RoleChoice } from './RoleChoice.tsx';

/** How long a link may stay valid: hours, and the same as a count of days or weeks to say it. */
const EXPIRY_CHOICES: [hours: number, unit: 'day' | 'week', count: number][] = [
  [24, 'day', 1],
  [72, 'day', 3],
  [14 * 24, 'week', 2],
  [30 * 24, 'day', 30],
];

interface InviteFormProps {
  consultationId: string;
  organisations: readonly Organisation[];
  onCreated: (invitation: CreatedInvitation) => void;
}

/** Invite a person by name, organisation (from the consultation's list, or a new one) and role. */
export function InviteForm({ consultationId, organisations, onCreated }: InviteFormProps): JSX.Element {
  const t = useT();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState<Role>('participant');
  const [hours, setHours] = useState(14 * 24);
  const chosen = organisationInput(organisation, organisations);
  const create = useAsyncAction(async () => {
    if (chosen === null) return;
    onCreated(
      await invitationApi.invite(consultationId, {
        name: name.trim(),
        organisation: chosen,
        role,
        expiresInHours: hours,
      }),
    );
  });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim() !== '' && chosen !== null && !create.pending) void create.run();
  };

  return (
    <form className="rt-invite-form" onSubmit={submit}>
      <label className="rt-field">
        <span className="rt-field__label">{t('invitations.form.name')}</span>
        <input
          className="rt-input"
          name="invitee-name"
          autoComplete="off"
          maxLength={120}
          placeholder={t('invitations.form.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <OrganisationField
        value={organisation}
        onChange={setOrganisation}
        organisations={organisations}
        chosen={chosen}
      />
      <RoleChoice value={role} onChange={setRole} />
      <label className="rt-field rt-field--inline">
        <span className="rt-field__label">{t('invitations.form.validFor')}</span>
        <select className="rt-select" value={hours} onChange={(event) => setHours(Number(event.target.value))}>
          {EXPIRY_CHOICES.map(([h, unit, count]) => (
            <option key={h} value={h}>
              {unit === 'day'
                ? t('invitations.form.validDays', { count })
                : t('invitations.form.validWeeks', { count })}
            </option>
          ))}
        </select>
      </label>
      {create.error !== null && (
        <p className="rt-form-error" role="alert">
          {create.error}
        </p>
      )}
      <button
        type="submit"
        className="rt-button rt-button--primary rt-invite-form__submit"
        disabled={name.trim() === '' || chosen === null || create.pending}
      >
        {create.pending ? t('invitations.form.creating') : t('invitations.form.create')}
      </button>
    </form>
  );
}
