import type { CreatedInvitation, Organisation } from '@roundtable/profile';
import { type JSX, useEffect, useId, useState } from 'react';
import { InvitationLink } from './InvitationLink.tsx';
import { InvitedList } from './InvitedList.tsx';
import { InviteForm } from './InviteForm.tsx';
import { useInvitedPeople } from './useInvitedPeople.ts';

interface InvitationsDialogProps {
  consultationId: string;
  organisations: readonly Organisation[];
  selfId: string | null;
  onClose: () => void;
}

/** The facilitator's panel: invite people (link, QR code) and see or revoke who is invited. */
export function InvitationsDialog({
  consultationId,
  organisations,
  selfId,
  onClose,
}: InvitationsDialogProps): JSX.Element {
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const invited = useInvitedPeople(consultationId);
  const titleId = useId();
  const active = invited.people?.filter((p) => p.status === 'active') ?? [];
  const here = active.filter((p) => p.connected).length;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="rt-modal-backdrop">
      <div className="rt-modal rt-invitations" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <header className="rt-invitations__head">
          <h2 id={titleId} className="rt-modal__title">
            People and invitations
          </h2>
          <button type="button" className="rt-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="rt-invitations__body">
          <section className="rt-invitations__new" aria-label="Invite someone">
            <h3 className="rt-section-title">{created === null ? 'Invite someone' : 'Invitation link'}</h3>
            {created === null ? (
              <InviteForm
                consultationId={consultationId}
                organisations={organisations}
                onCreated={(invitation) => {
                  setCreated(invitation);
                  invited.refresh();
                }}
              />
            ) : (
              <InvitationLink invitation={created} onDone={() => setCreated(null)} />
            )}
          </section>
          <section className="rt-invitations__list" aria-label="Invited people">
            <h3 className="rt-section-title">
              Invited <span className="rt-count">{active.length}</span>
              <span className="rt-section-title__aside">{here} connected now</span>
            </h3>
            <InvitedList
              consultationId={consultationId}
              people={invited.people}
              error={invited.error}
              selfId={selfId}
              onChanged={invited.refresh}
            />
          </section>
        </div>
      </div>
    </div>
  );
}
