import { type Agenda, type MeetingOutline, targetName } from '@roundtable/meeting';
import { type JSX, useState } from 'react';
import { useT } from '../../i18n/useI18n.ts';
import * as api from '../meetingApi.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { AgendaTimer } from './AgendaTimer.tsx';
import { draftOf } from './agendaDraft.ts';

/** The agenda: items with their time boxes, the current one with its timer; facilitators plan and run it. */
export function AgendaSection({
  session,
  outline,
}: {
  session: MeetingSession;
  outline: MeetingOutline | null;
}): JSX.Element | null {
  const t = useT();
  const agenda = session.meeting?.agenda;
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState(false);
  if (agenda === undefined) return null;
  const { canRun, consultationId } = session;

  if (editing && outline !== null) {
    return (
      <AgendaEditor
        initial={draftOf(agenda.items)}
        outline={outline}
        pending={pending}
        onCancel={() => setEditing(false)}
        onSave={(items) => {
          setPending(true);
          session.run(async () => {
            try {
              await api.planAgenda(consultationId, items);
              setEditing(false);
            } finally {
              setPending(false);
            }
          });
        }}
      />
    );
  }
  return (
    <div className="rt-agenda">
      {agenda.items.length === 0 ? (
        <p className="rt-meeting-panel__empty">{t('meeting.agenda.empty')}</p>
      ) : (
        <AgendaList agenda={agenda} session={session} outline={outline} />
      )}
      {canRun && (
        <div className="rt-meeting-panel__actions">
          <button
            type="button"
            className="rt-button rt-button--small"
            onClick={() => setEditing(true)}
            disabled={outline === null}
          >
            {agenda.items.length === 0 ? t('meeting.agenda.plan') : t('meeting.agenda.edit')}
          </button>
          {agenda.current !== null && (
            <button
              type="button"
              className="rt-link-button"
              onClick={() => session.run(() => api.startAgendaItem(consultationId, null))}
            >
              {t('meeting.agenda.stopTimer')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function AgendaList({
  agenda,
  session,
  outline,
}: {
  agenda: Agenda;
  session: MeetingSession;
  outline: MeetingOutline | null;
}): JSX.Element {
  const t = useT();
  const currentIndex = agenda.items.findIndex((i) => i.id === agenda.current?.itemId);
  return (
    <ol className="rt-agenda__list">
      {agenda.items.map((item, index) => {
        const current = index === currentIndex;
        const label = targetName(item.target, outline, t);
        return (
          <li
            key={item.id}
            className={`rt-agenda__item${current ? ' rt-agenda__item--current' : ''}${currentIndex > index ? ' rt-agenda__item--done' : ''}`}
            data-agenda-item={item.id}
            aria-current={current ? 'step' : undefined}
          >
            <span className="rt-agenda__label" title={label}>
              {label}
            </span>
            {current ? (
              <AgendaTimer agenda={agenda} clockOffsetMs={session.clockOffsetMs} />
            ) : (
              <span className="rt-agenda__minutes">{t('meeting.agenda.itemMinutes', { minutes: item.minutes })}</span>
            )}
            {session.canRun && !current && (
              <button
                type="button"
                className="rt-link-button rt-agenda__start"
                aria-label={t('meeting.agenda.startItem', { item: label })}
                onClick={() => session.run(() => api.startAgendaItem(session.consultationId, item.id))}
              >
                {t('meeting.agenda.start')}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
