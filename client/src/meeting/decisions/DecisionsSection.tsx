import { type DecisionKind, describeDecision, type MeetingOutline } from '@roundtable/meeting';
import { type JSX, Suspense, useState } from 'react';
import { CancelWhileLoading } from '../../app/CancelWhileLoading.tsx';
import { deferred } from '../../app/deferred.tsx';
import { formatFullTime, formatTime } from '../../app/formatTime.ts';
import { useClockTick } from '../../app/useClockTick.ts';
import { useLanguage, useT } from '../../i18n/useI18n.ts';
import { setStatement } from '../meetingApi.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { StatementEditor } from './StatementEditor.tsx';

// Its code (markdown-it, which renders the minutes: 40 KB gzip) loads when the minutes are first opened.
const MinutesDialog = deferred(() => import('./MinutesDialog.tsx').then((m) => m.MinutesDialog)).Component;

const SHOWN = 30;
/** Decisions that take a statement: what the meeting concluded, not where it looked. */
const STATED: ReadonlySet<DecisionKind> = new Set(['status', 'thread-resolved', 'lock', 'unlock']);

/** The decision log, latest first, with each decision's one-line statement to write, and the minutes (facilitators). */
export function DecisionsSection({
  session,
  outline,
}: {
  session: MeetingSession;
  outline: MeetingOutline | null;
}): JSX.Element | null {
  useClockTick();
  const t = useT();
  const { language } = useLanguage();
  const [reading, setReading] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const decisions = session.meeting?.decisions;
  if (decisions === undefined) return null;
  const latest = [...decisions].reverse().slice(0, SHOWN);
  const empty: MeetingOutline = { sections: [], domains: [] };
  return (
    <div className="rt-decisions" data-decisions>
      <div className="rt-meeting-panel__actions">
        <button type="button" className="rt-button rt-button--small" onClick={() => setReading(true)} data-minutes-open>
          {t('meeting.decisions.viewMinutes')}
        </button>
      </div>
      {latest.length === 0 ? (
        <p className="rt-meeting-panel__empty">{t('meeting.decisions.empty')}</p>
      ) : (
        <ol className="rt-decisions__list">
          {latest.map((decision) => (
            <li key={decision.id} className="rt-decisions__item" data-decision-kind={decision.kind}>
              <span className="rt-decisions__what">{describeDecision(decision, outline ?? empty, t, language)}</span>
              {editing === decision.id ? (
                <StatementEditor
                  initial={decision.statement?.text ?? ''}
                  onCancel={() => setEditing(null)}
                  onSave={(statement) => {
                    setEditing(null);
                    session.run(() => setStatement(session.consultationId, decision.id, statement));
                  }}
                />
              ) : (
                <span className="rt-decisions__statement-row">
                  {decision.statement !== null && <q className="rt-decisions__statement">{decision.statement.text}</q>}
                  {STATED.has(decision.kind) && (
                    <button
                      type="button"
                      className="rt-link-button rt-decisions__edit"
                      onClick={() => setEditing(decision.id)}
                    >
                      {decision.statement === null
                        ? t('meeting.decisions.addStatement')
                        : t('meeting.decisions.editStatement')}
                    </button>
                  )}
                </span>
              )}
              <span className="rt-decisions__meta" title={formatFullTime(decision.at)}>
                {decision.by.name} · {formatTime(decision.at)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {decisions.length > SHOWN && (
        <p className="rt-meeting-panel__empty">{t('meeting.decisions.more', { count: decisions.length })}</p>
      )}
      {reading && (
        <Suspense fallback={<CancelWhileLoading onCancel={() => setReading(false)} />}>
          <MinutesDialog consultationId={session.consultationId} onClose={() => setReading(false)} />
        </Suspense>
      )}
    </div>
  );
}
