import type { JSX } from 'react';
import { ConsultationRoom } from './ConsultationRoom.tsx';
import { NotFound } from './NotFound.tsx';
import { useConsultationSummary } from './useConsultationSummary.ts';
import { useMe } from './useMe.ts';

/** One consultation: the room, once it is known to exist and this browser holds an invitation to it. */
export function ConsultationPage({ consultationId }: { consultationId: string }): JSX.Element {
  const summary = useConsultationSummary(consultationId);
  const meState = useMe(consultationId);

  if (summary.kind === 'missing') {
    return <NotFound message={`There is no consultation called “${consultationId}”.`} />;
  }
  if (meState.kind === 'anonymous') {
    return (
      <NotFound
        title="You need an invitation to join"
        message="Open the invitation link you received from the organisers of this consultation. It signs this browser in."
        showDemoLink={false}
      />
    );
  }
  return <ConsultationRoom consultationId={consultationId} summary={summary} meState={meState} />;
}
