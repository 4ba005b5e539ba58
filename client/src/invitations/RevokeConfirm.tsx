import type { InvitedPerson } from '@roundtable/profile';
import type { JSX } from 'react';
import type { AsyncAction } from '../comments/useAsyncAction.ts';

interface RevokeConfirmProps {
  person: InvitedPerson;
  revoke: AsyncAction<[]>;
  onCancel: () => void;
}

/** "Revoke X's invitation?", in the row, with what it does to them. */
export function RevokeConfirm({ person, revoke, onCancel }: RevokeConfirmProps): JSX.Element {
  return (
    <div
      className="rt-confirm rt-invited__confirm"
      role="alertdialog"
      aria-label={`Revoke ${person.name}’s invitation?`}
    >
      <span>
        Revoke {person.name}’s invitation?{' '}
        {person.connected ? 'They are disconnected at once' : 'Their link stops working'} and need a new invitation to
        come back.
      </span>
      {revoke.error !== null && <p className="rt-form-error">{revoke.error}</p>}
      <div className="rt-inline-actions">
        <button type="button" className="rt-button rt-button--small" onClick={onCancel}>
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
  );
}
