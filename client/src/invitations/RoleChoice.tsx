import { ACTION_KEYS, ROLE_KEYS } from '@roundtable/i18n';
import { actionsOf, ROLES, type Role } from '@roundtable/profile';
import type { JSX } from 'react';
import { useI18n, useT } from '../i18n/useI18n.ts';

const ROLE_HINT_KEYS: Record<Role, string> = {
  facilitator: 'invitations.role.hint.facilitator',
  participant: 'invitations.role.hint.participant',
  commenter: 'invitations.role.hint.commenter',
  observer: 'invitations.role.hint.observer',
};

/** The four roles as radio options, each with what it lets the person do. */
export function RoleChoice({ value, onChange }: { value: Role; onChange: (role: Role) => void }): JSX.Element {
  const t = useT();
  const { intl } = useI18n();
  return (
    <fieldset className="rt-field rt-roles">
      <legend className="rt-field__label">{t('invitations.role.legend')}</legend>
      {ROLES.map((r) => (
        <label key={r} className={`rt-option${value === r ? ' rt-option--on' : ''}`}>
          <input type="radio" name="invitee-role" value={r} checked={value === r} onChange={() => onChange(r)} />
          <span className={`rt-role rt-role--${r}`}>{t(ROLE_KEYS[r])}</span>
          <span
            className="rt-option__hint"
            title={intl.formatList(
              actionsOf(r).map((a) => t(ACTION_KEYS[a])),
              { type: 'unit' },
            )}
          >
            {t(ROLE_HINT_KEYS[r])}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
