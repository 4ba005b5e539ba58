import type { DraftOutline } from '@roundtable/editor';
import { ROLE_LABELS, type Role } from '@roundtable/profile';
import type { LexicalEditor } from 'lexical';
import { type JSX, useCallback, useMemo, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { DraftEditor } from '../editor/DraftEditor.tsx';
import { focusIndicator } from '../editor/focusIndicator.ts';
import { useConnectionStatus } from '../editor/useConnectionStatus.ts';
import { OutlinePanel } from '../outline/OutlinePanel.tsx';
import { useIndicatorInView } from '../outline/useIndicatorInView.ts';
import { colorForName } from '../presence/colorForName.ts';
import { NamePrompt } from '../presence/NamePrompt.tsx';
import { PeoplePanel } from '../presence/PeoplePanel.tsx';
import { useDisplayName } from '../presence/useDisplayName.ts';
import { usePeople } from '../presence/usePeople.ts';
import { consultationMeta } from './consultationMeta.ts';
import type { Member } from './me.ts';
import { NotFound } from './NotFound.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';
import { TopBar } from './TopBar.tsx';
import { useConsultationSummary } from './useConsultationSummary.ts';
import { useMe } from './useMe.ts';

function joiningAs(member: Member | null): string | null {
  if (member === null) return null;
  const role = ROLE_LABELS[member.role as Role] ?? member.role;
  return `${member.organisation.name} · ${role}`;
}

/** One consultation: top bar, outline, the live draft, and the people in the room. */
export function ConsultationPage({ consultationId }: { consultationId: string }): JSX.Element {
  const summary = useConsultationSummary(consultationId);
  const meState = useMe();
  const [name, setName] = useDisplayName();
  const [renaming, setRenaming] = useState(false);
  const [provider, setProvider] = useState<WebsocketProvider | null>(null);
  const [outline, setOutline] = useState<DraftOutline | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  const scrollRef = useRef<HTMLElement>(null);
  const connection = useConnectionStatus(provider);
  const people = usePeople(provider);
  const [indicatorInView, getIndicatorInView] = useIndicatorInView(scrollRef, outline);

  const member = meState.kind === 'known' && meState.me.kind === 'member' ? meState.me : null;
  // Without an answer from /api/me (older server, no auth) everyone may edit; the server has the last word.
  const canEdit = member === null || member.actions.includes('edit');
  const awarenessData = useMemo(
    () => (member === null ? {} : { organisation: member.organisation.name, role: member.role }),
    [member],
  );

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
  const ready = name !== null && meState.kind !== 'loading';

  return (
    <div className="rt-app">
      <TopBar title={title} meta={meta} status={connection.status} people={people} readOnly={!canEdit} />
      <div className="rt-layout">
        <OutlinePanel
          outline={outline}
          activeIndicatorId={indicatorInView}
          people={people}
          onSelectIndicator={jumpTo}
          onSelectSection={jumpToSection}
        />
        <main className="rt-canvas" ref={scrollRef}>
          <div className="rt-doc">
            {connection.refusal !== null && <RefusalNotice code={connection.refusal} />}
            {ready ? (
              <DraftEditor
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
              />
            ) : (
              <div className="rt-editor" />
            )}
          </div>
        </main>
        <PeoplePanel
          people={people}
          indicatorTitles={indicatorTitles}
          onRename={() => setRenaming(true)}
          onJumpTo={jumpTo}
        />
      </div>
      {name === null && (
        <NamePrompt initialName={member?.name ?? ''} joiningAs={joiningAs(member)} onSubmit={setName} />
      )}
      {name !== null && renaming && (
        <NamePrompt
          initialName={name}
          joiningAs={joiningAs(member)}
          onCancel={() => setRenaming(false)}
          onSubmit={(next) => {
            setName(next);
            setRenaming(false);
          }}
        />
      )}
    </div>
  );
}
