import type { NewInvitationRequest, Organisation } from '@roundtable/profile';
import { type JSX, useId } from 'react';

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
  const listId = useId();
  return (
    <label className="rt-field">
      <span className="rt-field__label">
        Organisation{' '}
        <span className="rt-field__hint">
          {value.trim() === ''
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
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {organisations.map((o) => (
          <option key={o.id} value={o.name} />
        ))}
      </datalist>
    </label>
  );
}
