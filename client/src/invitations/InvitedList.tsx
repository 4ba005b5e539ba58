import type { InvitedPerson } from '@roundtable/profile';
import { type JSX, useState } from 'react';
import { formatFullTime } from '../comments/formatTime.ts';
import { useAsyncAction } from '../comments/useAsyncAction.ts';
import { RoleBadge } from '../presence/RoleBadge.tsx';
import { invitationApi } from './invitationApi.ts';

const STATUS_LABELS = { active: 'Active', revoked: 'Revoked', expired: 'Expired' } as const;

interface InvitedListProps {
  consultationId: string;
  people: InvitedPerson[] | null;
  error: string | null;
  /** The viewer's own invitation: not revocable from here. */
  selfId: string | null;
  onChanged: () => void;
}

function InvitedRow({
  person,
  consultationId,
  self,
  onChanged,
}: {
  person: InvitedPerson;
  consultationId: string;
  self: boolean;
  onChanged: () => void;
}): JSX.Element {
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
      {confirming && (
        <div
          className="rt-confirm rt-invited__confirm"
          role="alertdialog"
          aria-label={`Revoke ${person.name}’s invitation?`}
        >
          <span>
            Revoke {person.name}’s invitation?{' '}
            {person.connected ? 'They are disconnected at once' : 'Their link stops working'} and need a new invitation
            to come back.
          </span>
          {revoke.error !== null && <p className="rt-form-error">{revoke.error}</p>}
          <div className="rt-inline-actions">
            <button type="button" className="rt-button rt-button--small" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="rt-button rt-button--danger rt-button--small"
              disabled={revoke.pending}
              onClick={() => void revoke.run()}
            >
              Revoke invitation
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

/** Everyone invited, with their status and whether they are connected now; active invitations can be revoked. */
export function InvitedList({ consultationId, people, error, selfId, onChanged }: InvitedListProps): JSX.Element {
  const [showInactive, setShowInactive] = useState(false);
  if (people === null) {
    return error === null ? <p className="rt-muted">Loading…</p> : <p className="rt-form-error">{error}</p>;
  }
  const inactive = people.filter((p) => p.status !== 'active').length;
  const shown = showInactive ? people : people.filter((p) => p.status === 'active');
  return (
    <div className="rt-invited-list">
      {error !== null && <p className="rt-form-error">{error}</p>}
      {shown.length === 0 ? (
        <p className="rt-muted">Nobody is invited yet.</p>
      ) : (
        <ul>
          {shown.map((person) => (
            <InvitedRow
              key={person.id}
              person={person}
              consultationId={consultationId}
              self={person.id === selfId}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      {inactive > 0 && (
        <label className="rt-checkbox rt-invited-list__toggle">
          <input type="checkbox" checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} />
          <span>Show revoked and expired ({inactive})</span>
        </label>
      )}
    </div>
  );
}
