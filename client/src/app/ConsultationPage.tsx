import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { ConsultationRoom } from './ConsultationRoom.tsx';
import { NotFound } from './NotFound.tsx';
import { useConsultationSummary } from './useConsultationSummary.ts';
import { useMe } from './useMe.ts';

/** One consultation: the room, once it is known to exist and this browser holds an invitation to it. */
export function ConsultationPage({ consultationId }: { consultationId: string }): JSX.Element {
  const t = useT();
  const summary = useConsultationSummary(consultationId);
  const meState = useMe(consultationId);

  if (summary.kind === 'missing') {
    return <NotFound message={t('app.notFound.noConsultation', { id: consultationId })} />;
  }
  if (meState.kind === 'anonymous') {
    return (
      <NotFound title={t('app.invitationNeeded.title')} message={t('app.invitationNeeded.text')} showDemoLink={false} />
    );
  }
  return <ConsultationRoom consultationId={consultationId} summary={summary} meState={meState} />;
}
