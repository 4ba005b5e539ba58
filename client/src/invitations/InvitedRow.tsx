import type { InvitedPerson } from '@roundtable/profile';
import { type JSX, useState } from 'react';
import { formatFullTime } from '../app/formatTime.ts';
import { useAsyncAction } from '../comments/useAsyncAction.ts';
import { RoleBadge } from '../presence/RoleBadge.tsx';
import { invitationApi } from './invitationApi.ts';
import { RevokeConfirm } from './RevokeConfirm.tsx';

const STATUS_LABELS = { active: 'Active', revoked: 'Revoked', expired: 'Expired' } as const;

interface InvitedRowProps {
  person: InvitedPerson;
  consultationId: string;
  /** The viewer's own invitation: not revocable from here. */
  self: boolean;
  onChanged: () => void;
}

/** One invited person: name, organisation, role, status, and revoking their invitation after a confirmation. */
export function InvitedRow({ person, consultationId, self, onChanged }: InvitedRowProps): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const revoke = useAsyncAction(async () => {
    await invitationApi.revoke(consultationId, person.id);
    setConfirming(false);
    onChanged();
  });
  const status = person.status === 'active' && person.connected ? 'here' : person.status;
  return (
    <li
      className={`rt-invited${person.status === 'active' ? '' : ' rt-invited--inactive'}`}
      data-invitation-id={person.id}
      data-person={person.name}
    >
      <div className="rt-invited__main">
        <span className="rt-invited__name">
          {person.name}
          {self && <span className="rt-person__you"> (you)</span>}
        </span>
        <span className="rt-invited__org" title={person.organisation.name}>
          {person.organisation.name}
        </span>
      </div>
      <RoleBadge role={person.role} />
      <span
        className={`rt-invited__status rt-invited__status--${status}`}
        title={
          person.status === 'revoked' && person.revokedAt !== null
            ? `Revoked ${formatFullTime(person.revokedAt)}`
            : `Expires ${formatFullTime(person.expiresAt)}`
        }
      >
        {status === 'here' ? 'Here now' : STATUS_LABELS[person.status]}
      </span>
      <span className="rt-invited__action">
        {person.status === 'active' && !self && !confirming && (
          <button type="button" className="rt-button rt-button--small" onClick={() => setConfirming(true)}>
            Revoke
          </button>
        )}
      </span>
      {confirming && <RevokeConfirm person={person} revoke={revoke} onCancel={() => setConfirming(false)} />}
    </li>
  );
}
