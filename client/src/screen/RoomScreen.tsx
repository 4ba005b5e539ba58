import { meetingProgress, targetName } from '@roundtable/meeting';
import { type JSX, useEffect, useMemo } from 'react';
import { FormattedMessage } from 'react-intl';
import { NotFound } from '../app/NotFound.tsx';
import { useConsultationSummary } from '../app/useConsultationSummary.ts';
import { useMe } from '../app/useMe.ts';
import { openCountsByIndicator } from '../comments/commentFilters.ts';
import { useThreads } from '../comments/useThreads.ts';
import { useT } from '../i18n/useI18n.ts';
import { lockOf } from '../meeting/locks/lockOf.ts';
import { useMeeting } from '../meeting/room/useMeeting.ts';
import { readIndicatorView } from './readIndicatorView.ts';
import { ScreenDomain } from './ScreenDomain.tsx';
import { ScreenIndicator } from './ScreenIndicator.tsx';
import { ScreenSide } from './ScreenSide.tsx';
import { useFollowedDraft } from './useFollowedDraft.ts';

/**
 * The room screen, `/c/<id>/screen`, for the projector: what is on the table
 * in large type (the indicator's finding, answer and status), its open
 * threads, the agenda timer, who has the floor and who is next, and progress.
 * Read-only, for any member; it follows the spotlight and is never among the
 * people editing.
 */
/** The product's name, the same in every language. */
const BRAND = 'Roundtable';

export function RoomScreen({ consultationId }: { consultationId: string }): JSX.Element {
  const t = useT();
  const summary = useConsultationSummary(consultationId);
  const me = useMe(consultationId);
  const enabled = me.kind === 'known' || me.kind === 'unavailable';
  const { meeting, clockOffsetMs } = useMeeting(consultationId, enabled);
  const draft = useFollowedDraft(consultationId, enabled);
  const feed = useThreads(consultationId, enabled);
  const title = summary.kind === 'ready' ? summary.summary.title : (draft.outline?.title ?? t('screen.consultation'));

  useEffect(() => {
    document.title = t('screen.documentTitle', { title });
  }, [t, title]);

  const spotlight = meeting?.spotlight?.target ?? null;
  const view = useMemo(
    () =>
      spotlight?.kind === 'indicator' && draft.state !== null
        ? readIndicatorView(draft.state, spotlight.indicatorId)
        : null,
    [spotlight, draft.state],
  );
  const openCounts = useMemo(() => openCountsByIndicator(feed.threads), [feed.threads]);
  const progress = useMemo(() => (draft.outline === null ? null : meetingProgress(draft.outline)), [draft.outline]);

  if (summary.kind === 'missing') return <NotFound message={t('screen.notFound', { id: consultationId })} />;
  if (me.kind === 'anonymous') {
    return (
      <NotFound
        title={t('screen.invitationNeeded.title')}
        message={t('screen.invitationNeeded.message')}
        showDemoLink={false}
      />
    );
  }
  const label = spotlight === null ? null : targetName(spotlight, draft.outline, t);

  return (
    <div className="rt-screen" data-room-screen>
      <header className="rt-screen__top">
        <span className="rt-screen__brand">{BRAND}</span>
        <span className="rt-screen__title">{title}</span>
        {progress !== null && (
          <span className="rt-screen__progress" data-screen-progress>
            <FormattedMessage
              id="screen.progress"
              values={{
                discussed: progress.discussed,
                total: progress.total,
                strong: (chunks) => <strong>{chunks}</strong>,
              }}
            />
          </span>
        )}
      </header>
      <main className="rt-screen__main">
        <section className="rt-screen__table" aria-live="off">
          <p className="rt-screen__kicker">{t('screen.onTable')}</p>
          {spotlight === null || (spotlight.kind === 'indicator' && view === null) ? (
            <p className="rt-screen__waiting">
              {meeting === null || draft.state === null
                ? t('screen.connecting')
                : (label ?? t('screen.nothingOnTable'))}
            </p>
          ) : view !== null ? (
            <ScreenIndicator
              view={view}
              openThreads={openCounts.get(view.id) ?? 0}
              locked={meeting !== null && lockOf(meeting.locks, view.id) !== null}
            />
          ) : spotlight.kind === 'domain' && draft.outline !== null ? (
            <ScreenDomain outline={draft.outline} code={spotlight.domain} />
          ) : (
            <h1 className="rt-screen__heading">{label}</h1>
          )}
        </section>
        <aside className="rt-screen__side">
          {meeting !== null && <ScreenSide meeting={meeting} clockOffsetMs={clockOffsetMs} />}
        </aside>
      </main>
    </div>
  );
}
