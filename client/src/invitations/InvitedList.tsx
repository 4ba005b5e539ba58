import type { InvitedPerson } from '@roundtable/profile';
import { type JSX, useState } from 'react';
import { InvitedRow } from './InvitedRow.tsx';

interface InvitedListProps {
  consultationId: string;
  people: InvitedPerson[] | null;
  error: string | null;
  /** The viewer's own invitation: not revocable from here. */
  selfId: string | null;
  onChanged: () => void;
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
