import { DEFAULT_LANGUAGE } from '@roundtable/i18n';
import { type JSX, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useCommentSession } from '../comments/useCommentSession.ts';
import { useOpenIndicatorComments } from '../comments/useOpenIndicatorComments.ts';
import { useThreads } from '../comments/useThreads.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { DocumentLanguage } from '../i18n/DocumentLanguage.tsx';
import { useT } from '../i18n/useI18n.ts';
import { withLaterMessages } from '../i18n/withLaterMessages.ts';
import { LifecycleControl } from '../lifecycle/LifecycleControl.tsx';
import { useLifecycle } from '../lifecycle/useLifecycle.ts';
import { useReadOnlyReasons } from '../lifecycle/useReadOnlyReasons.ts';
import { LiveAnnouncer } from '../meeting/announce/LiveAnnouncer.tsx';
import { useLiveMeeting } from '../meeting/useLiveMeeting.ts';
import { OutlinePanel } from '../outline/OutlinePanel.tsx';
import { usePersonName } from '../presence/usePersonName.ts';
import { accessOf } from './accessOf.ts';
import { BRAND_NAME } from './brandName.ts';
import { CancelWhileLoading } from './CancelWhileLoading.tsx';
import { consultationMeta } from './consultationMeta.ts';
import { DraftCanvas } from './DraftCanvas.tsx';
import { deferred } from './deferred.tsx';
import {
  LazyConsultationLanguageControl,
  LazyLiveAnnouncements,
  LazyRefusedChangeNotice,
  LazyResolveDialog,
  usePanelsReady,
} from './lazyPanels.ts';
import { NameDialogs } from './NameDialogs.tsx';
import { SideColumn } from './SideColumn.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { TopBar } from './TopBar.tsx';
import type { SummaryState } from './useConsultationSummary.ts';
import { useDraftIdentity } from './useDraftIdentity.ts';
import { useDraftSession } from './useDraftSession.ts';
import type { MeState } from './useMe.ts';
import { useSideTab } from './useSideTab.ts';

// Opened on demand: their code (the QR codes, the version compare) loads when first opened, not with the first screen.
// `deferred` asks again for code or messages that could not be fetched; React.lazy kept the failure, and the button then did nothing.
const VersionsDialog = deferred(() =>
  withLaterMessages(import('../versions/VersionsDialog.tsx')).then((m) => m.VersionsDialog),
).Component;
const InvitationsDialog = deferred(() =>
  withLaterMessages(import('../invitations/InvitationsDialog.tsx')).then((m) => m.InvitationsDialog),
).Component;

interface ConsultationRoomProps {
  consultationId: string;
  summary: SummaryState;
  /** Never `anonymous`: the page asks for an invitation instead. */
  meState: MeState;
}

/** A consultation one may join: top bar, outline, the live draft, its comments, the people, and the dialogs. */
export function ConsultationRoom({ consultationId, summary, meState }: ConsultationRoomProps): JSX.Element {
  const t = useT();
  const draft = useDraftSession();
  const panelsReady = usePanelsReady(draft.connection.hasSynced);
  const member = meState.kind === 'known' && meState.me.kind === 'member' ? meState.me : null;
  const ready = summary.kind === 'ready' ? summary.summary : null;
  const own = useMemo(() => accessOf(member), [member]);
  const live = useLiveMeeting({
    consultationId,
    enabled: meState.kind === 'known',
    canRun: own.mayRunMeeting,
    personId: member?.id ?? null,
    draft,
  });
  const lifecycle = useLifecycle(consultationId, ready, live.session.meeting?.lifecycle ?? null);
  // Validated and published drafts are read-only for everyone: the server refuses edits, the page offers none.
  const access = useMemo(() => (lifecycle.closed ? { ...own, mayEdit: false } : own), [own, lifecycle.closed]);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const person = usePersonName(member);
  const [tab, setTab] = useSideTab();
  const [renaming, setRenaming] = useState(false);
  const [inviting, setInviting] = useState(false);
  const feed = useThreads(consultationId, meState.kind === 'known');
  const showComments = useCallback(() => setTab('comments'), [setTab]);
  const comments = useCommentSession({
    consultationId,
    feed,
    indicatorInView: draft.indicatorInView,
    scrollRef: draft.scrollRef,
    showComments,
  });
  const openIndicatorComments = useOpenIndicatorComments(
    comments,
    draft.indicatorInView,
    access.viewer.canComment,
    showComments,
  );
  const [announcement, setAnnouncement] = useState('');
  // The announcements start once the editor is live (their code loads with the panels); the region is there from the start.
  const announcements = {
    meeting: live.session.meeting,
    outline: draft.outline,
    people: draft.people,
    synced: draft.connection.hasSynced,
    threads: feed.threads,
    threadsLoaded: feed.loaded,
    indicatorInView: draft.indicatorInView,
    indicatorTitles: draft.indicatorTitles,
    selfPersonId: member?.id ?? null,
  };
  const identity = useDraftIdentity(member, person.name, person.confirmed && meState.kind !== 'loading');

  const title = ready?.title ?? draft.outline?.title ?? t('app.defaultTitle');
  useEffect(() => {
    document.title = `${title} · ${BRAND_NAME}`;
  }, [title]);

  const readOnly = useReadOnlyReasons({
    roleMayEdit: own.mayEdit,
    status: lifecycle.status,
    serverAllowsWrites: draft.recovery.mayWrite,
  });

  return (
    <DocumentLanguage language={ready?.language ?? DEFAULT_LANGUAGE}>
      <div className="rt-app">
        <SkipLinks onComments={showComments} />
        <TopBar
          title={title}
          meta={ready === null ? null : consultationMeta(ready, t)}
          connection={draft.connection}
          people={draft.people}
          readOnlyReasons={readOnly}
          onOpenInvitations={access.mayInvite ? () => setInviting(true) : undefined}
          extra={
            <>
              <LifecycleControl lifecycle={lifecycle} mayMove={access.mayRunMeeting} ready={panelsReady} />
              <button type="button" className="rt-button rt-button--small" onClick={() => setVersionsOpen(true)}>
                {t('app.versions')}
              </button>
            </>
          }
          exportMenu={
            access.mayExport ? (
              <ExportMenu
                consultationId={consultationId}
                filters={comments.filters}
                ready={panelsReady}
                setting={
                  ready !== null && (
                    <LazyConsultationLanguageControl
                      consultationId={consultationId}
                      language={ready.language}
                      mayChange={access.mayRunMeeting}
                    />
                  )
                }
              />
            ) : undefined
          }
        />
        <div className="rt-layout">
          <OutlinePanel
            outline={draft.outline}
            activeIndicatorId={draft.indicatorInView}
            people={draft.people}
            openCounts={comments.openCounts}
            onTable={live.session.onTable}
            isLocked={live.session.isLocked}
            onSelectIndicator={draft.jumpTo}
            onSelectSection={draft.jumpToSection}
          />
          <DraftCanvas
            consultationId={consultationId}
            draft={draft}
            identity={identity}
            access={access}
            threads={feed.threads}
            comments={comments}
            meeting={live.session}
            getCommentDefault={live.getCommentDefault}
            onOpenIndicatorComments={openIndicatorComments}
            overlaysReady={panelsReady}
          />
          <SideColumn
            tab={tab}
            onTab={setTab}
            draft={draft}
            feed={feed}
            comments={comments}
            access={access}
            meeting={live.session}
            panelsReady={panelsReady}
            onRename={() => setRenaming(true)}
          />
        </div>
        <LiveAnnouncer message={announcement} />
        {panelsReady && (
          <Suspense fallback={null}>
            <LazyLiveAnnouncements {...announcements} onMessage={setAnnouncement} />
          </Suspense>
        )}
        {/* A boundary each: while one's code loads, preact/compat takes a boundary's other children off the page.
            Until a dialog's code is there, Escape or a press elsewhere cancel its opening (`CancelWhileLoading`). */}
        {draft.recovery.notice !== null && (
          <Suspense fallback={null}>
            <LazyRefusedChangeNotice change={draft.recovery.notice} onDismiss={draft.recovery.dismiss} />
          </Suspense>
        )}
        {comments.resolving !== null && (
          <Suspense fallback={<CancelWhileLoading onCancel={() => comments.setResolving(null)} />}>
            <LazyResolveDialog
              thread={comments.resolving}
              anchorState={comments.anchorStates.get(comments.resolving.id)}
              actions={comments.actions}
              onClose={() => comments.setResolving(null)}
            />
          </Suspense>
        )}
        {versionsOpen && (
          <Suspense fallback={<CancelWhileLoading onCancel={() => setVersionsOpen(false)} />}>
            <VersionsDialog
              consultationId={consultationId}
              mayManage={access.mayRunMeeting}
              onClose={() => setVersionsOpen(false)}
            />
          </Suspense>
        )}
        {inviting && (
          <Suspense fallback={<CancelWhileLoading onCancel={() => setInviting(false)} />}>
            <InvitationsDialog
              consultationId={consultationId}
              organisations={ready?.organisations ?? []}
              selfId={member?.id ?? null}
              onClose={() => setInviting(false)}
            />
          </Suspense>
        )}
        <NameDialogs
          member={member}
          person={person}
          meKnown={meState.kind !== 'loading'}
          renaming={renaming}
          onRenamed={() => setRenaming(false)}
        />
      </div>
    </DocumentLanguage>
  );
}
