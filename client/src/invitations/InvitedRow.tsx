import type { InvitedPerson } from '@roundtable/profile';
import { type JSX, useState } from 'react';
import { useAsyncAction } from '../comments/useAsyncAction.ts';
import { useI18n, useT } from '../i18n/useI18n.ts';
import { RoleBadge } from '../presence/RoleBadge.tsx';
import { invitationApi } from './invitationApi.ts';
import { RevokeConfirm } from './RevokeConfirm.tsx';

const STATUS_KEYS: Record<InvitedPerson['status'] | 'here', string> = {
  active: 'invitations.status.active',
  revoked: 'invitations.status.revoked',
  expired: 'invitations.status.expired',
  here: 'invitations.status.here',
};

interface InvitedRowProps {
  person: InvitedPerson;
  consultationId: string;
  /** The viewer's own invitation: not revocable from here. */
  self: boolean;
  onChanged: () => void;
}

/** One invited person: name, organisation, role, status, and revoking their invitation after a confirmation. */
export function InvitedRow({ person, consultationId, self, onChanged }: InvitedRowProps): JSX.Element {
  const t = useT();
  const { intl } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const revoke = useAsyncAction(async () => {
    await invitationApi.revoke(consultationId, person.id);
    setConfirming(false);
    onChanged();
  });
  const status = person.status === 'active' && person.connected ? 'here' : person.status;
  const fullTime = (iso: string) => intl.formatDate(iso, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <li
      className={`rt-invited${person.status === 'active' ? '' : ' rt-invited--inactive'}`}
      data-invitation-id={person.id}
      data-person={person.name}
    >
      <div className="rt-invited__main">
        <span className="rt-invited__name">
          {person.name}
          {self && <span className="rt-person__you"> {t('invitations.row.you')}</span>}
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
            ? t('invitations.row.revokedAt', { at: fullTime(person.revokedAt) })
            : t('invitations.row.expiresAt', { at: fullTime(person.expiresAt) })
        }
      >
        {t(STATUS_KEYS[status])}
      </span>
      <span className="rt-invited__action">
        {person.status === 'active' && !self && !confirming && (
          <button type="button" className="rt-button rt-button--small" onClick={() => setConfirming(true)}>
            {t('invitations.row.revoke')}
          </button>
        )}
      </span>
      {confirming && <RevokeConfirm person={person} revoke={revoke} onCancel={() => setConfirming(false)} />}
    </li>
  );
}
