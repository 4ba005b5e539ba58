import type { CreatedInvitation, Organisation, Role } from '@roundtable/profile';
import { type FormEvent, type JSX, useState } from 'react';
import { useAsyncAction } from '../comments/useAsyncAction.ts';
import { invitationApi } from './invitationApi.ts';
import { OrganisationField } from './OrganisationField.tsx';
import { organisationInput } from './organisationInput.ts';
import { RoleChoice } from './RoleChoice.tsx';

const EXPIRY_CHOICES: [hours: number, label: string][] = [
  [24, '1 day'],
  [72, '3 days'],
  [14 * 24, '2 weeks'],
  [30 * 24, '30 days'],
];

interface InviteFormProps {
  consultationId: string;
  organisations: readonly Organisation[];
  onCreated: (invitation: CreatedInvitation) => void;
}

/** Invite a person by name, organisation (from the consultation's list, or a new one) and role. */
export function InviteForm({ consultationId, organisations, onCreated }: InviteFormProps): JSX.Element {
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
        <span className="rt-field__label">Name</span>
        <input
          className="rt-input"
          name="invitee-name"
          autoComplete="off"
          maxLength={120}
          placeholder="e.g. Amina Diallo"
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
        <span className="rt-field__label">Link valid for</span>
        <select className="rt-select" value={hours} onChange={(event) => setHours(Number(event.target.value))}>
          {EXPIRY_CHOICES.map(([h, label]) => (
            <option key={h} value={h}>
              {label}
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
        {create.pending ? 'Creating…' : 'Create invitation link'}
      </button>
    </form>
  );
}
