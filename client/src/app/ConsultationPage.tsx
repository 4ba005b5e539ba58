import type { DraftOutline } from '@roundtable/editor';
import { can, type Member, presenceAwarenessData, ROLE_LABELS, type Role } from '@roundtable/profile';
import type { LexicalEditor } from 'lexical';
import { type JSX, useCallback, useMemo, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { CommentHighlightsPlugin } from '../comments/CommentHighlightsPlugin.tsx';
import { CommentOnSelectionPlugin } from '../comments/CommentOnSelectionPlugin.tsx';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import { IndicatorCommentButtons } from '../comments/IndicatorCommentButtons.tsx';
import { ResolveDialog } from '../comments/ResolveDialog.tsx';
import { useCommentSession } from '../comments/useCommentSession.ts';
import { useThreads } from '../comments/useThreads.ts';
import type { Viewer } from '../comments/Viewer.ts';
import type { CollabBinding } from '../editor/createCursorRefresher.ts';
import { DraftEditor } from '../editor/DraftEditor.tsx';
import { focusIndicator } from '../editor/focusIndicator.ts';
import { useConnectionStatus } from '../editor/useConnectionStatus.ts';
import { InvitationsDialog } from '../invitations/InvitationsDialog.tsx';
import { IndicatorStatusControls } from '../meeting/IndicatorStatusControls.tsx';
import { commentMatrixUrl } from '../meeting/meetingApi.ts';
import { OutlinePanel } from '../outline/OutlinePanel.tsx';
import { useIndicatorInView } from '../outline/useIndicatorInView.ts';
import { colorForName } from '../presence/colorForName.ts';
import { NamePrompt } from '../presence/NamePrompt.tsx';
import { PeoplePanel } from '../presence/PeoplePanel.tsx';
import { isRole } from '../presence/RoleBadge.tsx';
import { usePeople } from '../presence/usePeople.ts';
import { usePersonName } from '../presence/usePersonName.ts';
import { RefusedChangeNotice } from '../recovery/RefusedChangeNotice.tsx';
import { useDraftRecovery } from '../recovery/useDraftRecovery.ts';
import { consultationMeta } from './consultationMeta.ts';
import { NotFound } from './NotFound.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';
import { SidePanel } from './SidePanel.tsx';
import { TopBar } from './TopBar.tsx';
import { useConsultationSummary } from './useConsultationSummary.ts';
import { useMe } from './useMe.ts';
import { useSideTab } from './useSideTab.ts';

function joiningAs(member: Member | null): string | null {
  if (member === null) return null;
  const role = ROLE_LABELS[member.role as Role] ?? member.role;
  return `${member.organisation.name} · ${role}`;
}

/** One consultation: top bar, outline, the live draft, its comments, and the people in the room. */
export function ConsultationPage({ consultationId }: { consultationId: string }): JSX.Element {
  const summary = useConsultationSummary(consultationId);
  const meState = useMe();
  const [renaming, setRenaming] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [provider, setProvider] = useState<WebsocketProvider | null>(null);
  const [outline, setOutline] = useState<DraftOutline | null>(null);
  const [overlay, setOverlay] = useState<HTMLDivElement | null>(null);
  const [tab, setTab] = useSideTab();
  const editorRef = useRef<LexicalEditor | null>(null);
  const bindingRef = useRef<CollabBinding | null>(null);
  const scrollRef = useRef<HTMLElement>(null);
  const connection = useConnectionStatus(provider);
  const people = usePeople(provider);
  const [indicatorInView, getIndicatorInView] = useIndicatorInView(scrollRef, outline);
  const discardProvider = useCallback(() => setProvider(null), []);
  const recovery = useDraftRecovery({
    provider,
    connection,
    scrollRef,
    getIndicatorInView,
    onDiscard: discardProvider,
  });

  const member = meState.kind === 'known' && meState.me.kind === 'member' ? meState.me : null;
  const { name, confirmed, confirm: confirmName } = usePersonName(member);
  const role: Role | null = member !== null && isRole(member.role) ? member.role : null;
  // Without an answer from /api/me (older server, no auth) everyone may edit; the server has the last word.
  const canEdit = (member === null || member.actions.includes('edit')) && recovery.mayWrite;
  const viewer: Viewer = useMemo(
    () => ({
      personId: member?.id ?? null,
      canComment: role !== null && can(role, 'comment'),
      canResolve: role !== null && can(role, 'resolve'),
    }),
    [member, role],
  );
  const canInvite = role !== null && can(role, 'invite');
  const canRunMeeting = role !== null && can(role, 'run-meeting');
  const canExport = role !== null && can(role, 'export');
  // The server stamps these (and the name) from the invitation whatever we send; sending the same in the same
  // order lets it relay our presence untouched.
  const awarenessData = useMemo(
    () =>
      member === null
        ? {}
        : presenceAwarenessData({ personId: member.id, organisation: member.organisation.name, role: member.role }),
    [member],
  );

  const feed = useThreads(consultationId, meState.kind === 'known');
  const showComments = useCallback(() => setTab('comments'), [setTab]);
  const comments = useCommentSession({ consultationId, feed, indicatorInView, scrollRef, showComments });

  const indicatorTitles = useMemo(
    () => new Map(outline?.domains.flatMap((d) => d.indicators.map((i) => [i.id, i.title] as const)) ?? []),
    [outline],
  );

  const jumpTo = useCallback((indicatorId: string) => {
    if (editorRef.current !== null) focusIndicator(editorRef.current, indicatorId);
  }, []);
  const jumpToSection = useCallback((anchor: string) => {
    document.getElementById(`section-${anchor}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, []);
  const { compose, setFilters, filters } = comments;
  const { openCounts } = comments;
  // The button on an indicator's header: its threads when it has open ones, else a new comment on it.
  const openIndicatorComments = useCallback(
    (indicatorId: string) => {
      if (indicatorId !== indicatorInView) setFilters({ ...filters, scope: 'all', indicator: indicatorId });
      if (viewer.canComment && (openCounts.get(indicatorId) ?? 0) === 0) compose({ indicatorId });
      else showComments();
    },
    [compose, filters, indicatorInView, openCounts, setFilters, showComments, viewer.canComment],
  );

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

  const title =
    summary.kind === 'ready' ? summary.summary.title : (outline?.title ?? 'Migration Governance Profile (draft)');
  const meta = summary.kind === 'ready' ? consultationMeta(summary.summary) : null;
  // Wait for /api/me so the awareness data is final before connecting (a change would reconnect).
  const ready = name !== null && confirmed && meState.kind !== 'loading';
  const openTotal = [...comments.openCounts.values()].reduce((a, b) => a + b, 0);

  return (
    <div className="rt-app">
      <TopBar
        title={title}
        meta={meta}
        status={connection.status}
        people={people}
        readOnly={!canEdit}
        onOpenInvitations={canInvite ? () => setInviting(true) : undefined}
      />
      <div className="rt-layout">
        <OutlinePanel
          outline={outline}
          activeIndicatorId={indicatorInView}
          people={people}
          openCounts={comments.openCounts}
          onSelectIndicator={jumpTo}
          onSelectSection={jumpToSection}
        />
        <main className="rt-canvas" ref={scrollRef}>
          <div className="rt-doc">
            {recovery.permanent !== null && <RefusalNotice code={recovery.permanent.code} />}
            {ready ? (
              <DraftEditor
                key={recovery.generation}
                consultationId={consultationId}
                userName={name}
                userColor={colorForName(name)}
                awarenessData={awarenessData}
                canEdit={canEdit}
                provider={provider}
                hasSynced={connection.hasSynced}
                onProvider={setProvider}
                onOutline={setOutline}
                editorRef={editorRef}
                getIndicatorInView={getIndicatorInView}
                bindingRef={bindingRef}
                overlayRef={setOverlay}
              >
                <CommentHighlightsPlugin
                  bindingRef={bindingRef}
                  threads={feed.threads}
                  activeThreadId={comments.activeThreadId}
                  pendingAnchor={comments.composer?.anchor ?? null}
                  registry={comments.registry}
                  ready={connection.hasSynced}
                  onAnchorStates={comments.setAnchorStates}
                  onActivate={comments.activate}
                />
                <CommentOnSelectionPlugin
                  enabled={viewer.canComment && connection.hasSynced}
                  composing={comments.composer !== null}
                  bindingRef={bindingRef}
                  overlay={overlay}
                  getIndicatorInView={getIndicatorInView}
                  onCompose={comments.compose}
                />
                <IndicatorCommentButtons
                  overlay={overlay}
                  openCounts={comments.openCounts}
                  canComment={viewer.canComment}
                  onOpen={openIndicatorComments}
                />
                {canRunMeeting && connection.hasSynced && (
                  <IndicatorStatusControls consultationId={consultationId} overlay={overlay} />
                )}
              </DraftEditor>
            ) : (
              <div className="rt-editor" />
            )}
          </div>
        </main>
        <SidePanel tab={tab} onTab={setTab} openComments={openTotal} peopleHere={people.length}>
          {tab === 'comments' ? (
            <CommentsPanel
              threads={feed.threads}
              loaded={feed.loaded}
              source={feed.source}
              filters={comments.filters}
              onFiltersChange={comments.setFilters}
              indicatorInView={indicatorInView}
              outline={outline}
              indicatorTitles={indicatorTitles}
              activeThreadId={comments.activeThreadId}
              onActivate={(id) => comments.activate(id, { scroll: true })}
              onDeactivate={comments.deactivate}
              composer={comments.composer}
              onComposerCancel={comments.cancelCompose}
              onOpened={comments.onOpened}
              viewer={viewer}
              actions={comments.actions}
              anchorStates={comments.anchorStates}
              onResolve={comments.setResolving}
              onComposeIndicator={(indicatorId) => compose({ indicatorId })}
              exportUrl={canExport ? commentMatrixUrl(consultationId) : undefined}
            />
          ) : (
            <PeoplePanel
              people={people}
              indicatorTitles={indicatorTitles}
              onRename={() => setRenaming(true)}
              onJumpTo={jumpTo}
            />
          )}
        </SidePanel>
      </div>
      {recovery.notice !== null && <RefusedChangeNotice change={recovery.notice} onDismiss={recovery.dismiss} />}
      {comments.resolving !== null && (
        <ResolveDialog
          thread={comments.resolving}
          anchorState={comments.anchorStates.get(comments.resolving.id)}
          actions={comments.actions}
          onClose={() => comments.setResolving(null)}
        />
      )}
      {inviting && (
        <InvitationsDialog
          consultationId={consultationId}
          organisations={summary.kind === 'ready' ? summary.summary.organisations : []}
          selfId={member?.id ?? null}
          onClose={() => setInviting(false)}
        />
      )}
      {!confirmed && meState.kind !== 'loading' && (
        <NamePrompt initialName={name ?? ''} joiningAs={joiningAs(member)} onSubmit={confirmName} />
      )}
      {confirmed && renaming && (
        <NamePrompt
          initialName={name ?? ''}
          joiningAs={joiningAs(member)}
          onCancel={() => setRenaming(false)}
          onSubmit={async (next) => {
            await confirmName(next);
            setRenaming(false);
          }}
        />
      )}
    </div>
  );
}
