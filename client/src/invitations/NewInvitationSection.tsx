import type { CreatedInvitation, Organisation } from '@roundtable/profile';
import { type JSX, useState } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { InvitationLink } from './InvitationLink.tsx';
import { InviteForm } from './InviteForm.tsx';

interface NewInvitationSectionProps {
  consultationId: string;
  organisations: readonly Organisation[];
  /** An invitation was created: the list of invited people is out of date. */
  onCreated: () => void;
}

/** The form that invites someone, then the new invitation's link and QR code until "Invite someone else". */
export function NewInvitationSection({
  consultationId,
  organisations,
  onCreated,
}: NewInvitationSectionProps): JSX.Element {
  const t = useT();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  return (
    <section className="rt-invitations__new" aria-label={t('invitations.new.title')}>
      <h3 className="rt-section-title">
        {created === null ? t('invitations.new.title') : t('invitations.link.label')}
      </h3>
      {created === null ? (
        <InviteForm
          consultationId={consultationId}
          organisations={organisations}
          onCreated={(invitation) => {
            setCreated(invitation);
            onCreated();
          }}
        />
      ) : (
        <InvitationLink invitation={created} onDone={() => setCreated(null)} />
      )}
    </section>
  );
}
