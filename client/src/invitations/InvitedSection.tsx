import type { JSX } from 'react';
import { useI18n, useT } from '../i18n/useI18n.ts';
import { InvitedList } from './InvitedList.tsx';
import type { InvitedPeople } from './useInvitedPeople.ts';

interface InvitedSectionProps {
  consultationId: string;
  invited: InvitedPeople;
  selfId: string | null;
}

/** Who is invited, how many are connected now, and the list to revoke from. */
export function InvitedSection({ consultationId, invited, selfId }: InvitedSectionProps): JSX.Element {
  const t = useT();
  const { intl } = useI18n();
  const active = invited.people?.filter((p) => p.status === 'active') ?? [];
  const here = active.filter((p) => p.connected).length;
  return (
    <section className="rt-invitations__list" aria-label={t('invitations.invited.label')}>
      <h3 className="rt-section-title">
        {t('invitations.invited.title')} <span className="rt-count">{intl.formatNumber(active.length)}</span>
        <span className="rt-section-title__aside">{t('invitations.invited.connected', { count: here })}</span>
      </h3>
      <InvitedList
        consultationId={consultationId}
        people={invited.people}
        error={invited.error}
        selfId={selfId}
        onChanged={invited.refresh}
      />
    </section>
  );
}
