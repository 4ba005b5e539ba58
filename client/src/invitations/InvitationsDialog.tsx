import type { Organisation } from '@roundtable/profile';
import { type JSX, useId } from 'react';
import { Modal } from '../app/Modal.tsx';
import { useT } from '../i18n/useI18n.ts';
import { InvitedSection } from './InvitedSection.tsx';
import { NewInvitationSection } from './NewInvitationSection.tsx';
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
  const t = useT();
  const invited = useInvitedPeople(consultationId);
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onClose={onClose}>
      <div className="rt-modal rt-invitations">
        <header className="rt-invitations__head">
          <h2 id={titleId} className="rt-modal__title">
            {t('invitations.dialog.title')}
          </h2>
          <button type="button" className="rt-close" aria-label={t('invitations.dialog.close')} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="rt-invitations__body">
          <NewInvitationSection
            consultationId={consultationId}
            organisations={organisations}
            onCreated={invited.refresh}
          />
          <InvitedSection consultationId={consultationId} invited={invited} selfId={selfId} />
        </div>
      </div>
    </Modal>
  );
}
