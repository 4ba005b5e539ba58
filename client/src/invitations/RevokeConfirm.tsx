import type { InvitedPerson } from '@roundtable/profile';
import type { JSX } from 'react';
import type { AsyncAction } from '../comments/useAsyncAction.ts';
import { useT } from '../i18n/useI18n.ts';

interface RevokeConfirmProps {
  person: InvitedPerson;
  revoke: AsyncAction<[]>;
  onCancel: () => void;
}

/** "Revoke X's invitation?", in the row, with what it does to them. */
export function RevokeConfirm({ person, revoke, onCancel }: RevokeConfirmProps): JSX.Element {
  const t = useT();
  const question = t('invitations.revoke.question', { name: person.name });
  return (
    <div className="rt-confirm rt-invited__confirm" role="alertdialog" aria-label={question}>
      <span>
        {question} {person.connected ? t('invitations.revoke.connected') : t('invitations.revoke.notConnected')}
      </span>
      {revoke.error !== null && <p className="rt-form-error">{revoke.error}</p>}
      <div className="rt-inline-actions">
        <button type="button" className="rt-button rt-button--small" onClick={onCancel}>
          {t('invitations.revoke.cancel')}
        </button>
        <button
          type="button"
          className="rt-button rt-button--danger rt-button--small"
          disabled={revoke.pending}
          onClick={() => void revoke.run()}
        >
          {t('invitations.revoke.confirm')}
        </button>
      </div>
    </div>
  );
}
