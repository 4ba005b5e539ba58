import { ACTION_LABELS, actionsOf, ROLE_LABELS, ROLES, type Role } from '@roundtable/profile';
import type { JSX } from 'react';

const ROLE_HINTS: Record<Role, string> = {
  facilitator: 'Runs the meeting: resolves comments, invites people',
  participant: 'Edits the draft and comments',
  commenter: 'Comments, does not edit (e.g. a remote stakeholder)',
  observer: 'Follows the draft live, read only',
};

/** The four roles as radio options, each with what it lets the person do. */
export function RoleChoice({ value, onChange }: { value: Role; onChange: (role: Role) => void }): JSX.Element {
  return (
    <fieldset className="rt-field rt-roles">
      <legend className="rt-field__label">Role</legend>
      {ROLES.map((r) => (
        <label key={r} className={`rt-option${value === r ? ' rt-option--on' : ''}`}>
          <input type="radio" name="invitee-role" value={r} checked={value === r} onChange={() => onChange(r)} />
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
  );
}
