import {
  ACTION_LABELS,
  actionsOf,
  type CreatedInvitation,
  type Organisation,
  ROLE_LABELS,
  ROLES,
  type Role,
} from '@roundtable/profile';
import { type FormEvent, type JSX, useId, useState } from 'react';
import { useAsyncAction } from '../comments/useAsyncAction.ts';
import { invitationApi } from './invitationApi.ts';
import { organisationInput } from './organisationInput.ts';

const EXPIRY_CHOICES: [hours: number, label: string][] = [
  [24, '1 day'],
  [72, '3 days'],
  [14 * 24, '2 weeks'],
  [30 * 24, '30 days'],
];

const ROLE_HINTS: Record<Role, string> = {
  facilitator: 'Runs the meeting: resolves comments, invites people',
  participant: 'Edits the draft and comments',
  commenter: 'Comments, does not edit (e.g. a remote stakeholder)',
  observer: 'Follows the draft live, read only',
};

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
  const listId = useId();
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
      <label className="rt-field">
        <span className="rt-field__label">
          Organisation{' '}
          <span className="rt-field__hint">
            {organisation.trim() === ''
              ? 'pick one taking part, or type a new one'
              : typeof chosen === 'string'
                ? 'taking part in this consultation'
                : 'new: not on the consultation’s list'}
          </span>
        </span>
        <input
          className="rt-input"
          name="invitee-organisation"
          list={listId}
          autoComplete="off"
          maxLength={200}
          placeholder="e.g. Ministry of Interior"
          value={organisation}
          onChange={(event) => setOrganisation(event.target.value)}
        />
        <datalist id={listId}>
          {organisations.map((o) => (
            <option key={o.id} value={o.name} />
          ))}
        </datalist>
      </label>
      <fieldset className="rt-field rt-roles">
        <legend className="rt-field__label">Role</legend>
        {ROLES.map((r) => (
          <label key={r} className={`rt-option${role === r ? ' rt-option--on' : ''}`}>
            <input type="radio" name="invitee-role" value={r} checked={role === r} onChange={() => setRole(r)} />
            <span className={`rt-role rt-role--${r}`}>{ROLE_LABELS[r]}</span>
            <span
              className="rt-option__hint"
              title={actionsOf(r)
                .map((a) => ACTION_LABELS[a])
                .join(', ')}
            >
              {ROLE_HINTS[r]}
            </span>
          </label>
        ))}
      </fieldset>
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
