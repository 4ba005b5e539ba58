import type { MeetingOutline } from '@roundtable/meeting';
import type { JSX, ReactNode } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { AgendaSection } from './agenda/AgendaSection.tsx';
import { AttendanceSection } from './attendance/AttendanceSection.tsx';
import { DecisionsSection } from './decisions/DecisionsSection.tsx';
import { DomainLocks } from './locks/DomainLocks.tsx';
import { DomainProgress } from './progress/DomainProgress.tsx';
import { ProgressSummary } from './progress/ProgressSummary.tsx';
import { QueueSection } from './queue/QueueSection.tsx';
import type { MeetingSession } from './useMeetingSession.ts';

/** The side panel's meeting tab: agenda, speaking queue, progress and locks, attendance, decisions. */
export function MeetingPanel({
  session,
  outline,
}: {
  session: MeetingSession;
  outline: MeetingOutline | null;
}): JSX.Element {
  const t = useT();
  if (session.meeting === null) {
    return <p className="rt-meeting-panel__empty">{t('meeting.panel.joining')}</p>;
  }
  return (
    <div className="rt-meeting-panel">
      {/* The projector's page: nothing else in the app led to it. */}
      <a
        className="rt-meeting-panel__screen"
        href={`/c/${encodeURIComponent(session.consultationId)}/screen`}
        target="_blank"
        rel="noopener"
        title={t('meeting.panel.roomScreenTitle')}
        data-room-screen-link
      >
        {t('meeting.panel.roomScreen')}
        <span aria-hidden="true">↗</span>
      </a>
      <Section title={t('meeting.panel.queue')} count={session.meeting.queue.length}>
        <QueueSection session={session} />
      </Section>
      <Section title={t('meeting.panel.agenda')}>
        <AgendaSection session={session} outline={outline} />
      </Section>
      <Section title={t('meeting.panel.progress')}>
        <ProgressSummary outline={outline} />
        <DomainProgress outline={outline} />
        <DomainLocks session={session} outline={outline} />
      </Section>
      <Section title={t('meeting.panel.attendance')}>
        <AttendanceSection session={session} />
      </Section>
      {session.canRun && (
        <Section title={t('meeting.panel.decisions')} count={session.meeting.decisions.length}>
          <DecisionsSection session={session} outline={outline} />
        </Section>
      )}
    </div>
  );
}

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }): JSX.Element {
  return (
    <section className="rt-meeting-panel__section" aria-label={title}>
      <h3 className="rt-meeting-panel__title">
        {title}
        {count !== undefined && count > 0 && <span className="rt-count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}
