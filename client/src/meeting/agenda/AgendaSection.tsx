import { type Agenda, type MeetingOutline, targetKey, targetLabel } from '@roundtable/meeting';
import { type JSX, useState } from 'react';
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
        <p className="rt-meeting-panel__empty">No agenda yet.</p>
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
            {agenda.items.length === 0 ? 'Plan the agenda' : 'Edit agenda'}
          </button>
          {agenda.current !== null && (
            <button
              type="button"
              className="rt-link-button"
              onClick={() => session.run(() => api.startAgendaItem(consultationId, null))}
            >
              Stop the timer
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
  const currentIndex = agenda.items.findIndex((i) => i.id === agenda.current?.itemId);
  return (
    <ol className="rt-agenda__list">
      {agenda.items.map((item, index) => {
        const current = index === currentIndex;
        const label = (outline === null ? null : targetLabel(outline, item.target)) ?? targetKey(item.target);
        return (
          <li
            key={item.id}
            className={`rt-agenda__item${current ? ' rt-agenda__item--current' : ''}${currentIndex > index ? ' rt-agenda__item--done' : ''}`}
            data-agenda-item={item.id}
            aria-current={current ? 'step' : undefined}
          >
            <span className="rt-agenda__label">{label}</span>
            {current ? (
              <AgendaTimer agenda={agenda} clockOffsetMs={session.clockOffsetMs} />
            ) : (
              <span className="rt-agenda__minutes">{item.minutes} min</span>
            )}
            {session.canRun && !current && (
              <button
                type="button"
                className="rt-link-button rt-agenda__start"
                aria-label={`Start ${label}`}
                onClick={() => session.run(() => api.startAgendaItem(session.consultationId, item.id))}
              >
                Start
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
