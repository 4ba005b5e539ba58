import type { DraftOutline } from '@roundtable/editor';
import type { LexicalEditor } from 'lexical';
import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { CollabBinding } from '../editor/createCursorRefresher.ts';
import { focusIndicator } from '../editor/focusIndicator.ts';
import { type ConnectionState, useConnectionStatus } from '../editor/useConnectionStatus.ts';
import { indicatorTitlesOf } from '../outline/indicatorTitlesOf.ts';
import { useIndicatorInView } from '../outline/useIndicatorInView.ts';
import { type Person, usePeople } from '../presence/usePeople.ts';
import { type DraftRecovery, useDraftRecovery } from '../recovery/useDraftRecovery.ts';

/** The live draft of a consultation page and what follows from it. */
export interface DraftSession {
  /** The collaboration provider of the editor mounted now (a refused change mounts a new one). */
  provider: WebsocketProvider | null;
  onProvider: (provider: WebsocketProvider) => void;
  outline: DraftOutline | null;
  onOutline: (outline: DraftOutline) => void;
  indicatorTitles: ReadonlyMap<string, string>;
  /** The layer over the document that buttons following the text are placed in. */
  overlay: HTMLDivElement | null;
  overlayRef: (overlay: HTMLDivElement | null) => void;
  editorRef: RefObject<LexicalEditor | null>;
  bindingRef: RefObject<CollabBinding | null>;
  /** The reading area. */
  scrollRef: RefObject<HTMLElement | null>;
  connection: ConnectionState;
  people: Person[];
  indicatorInView: string | null;
  getIndicatorInView: () => string | null;
  recovery: DraftRecovery;
  /** Puts the caret in an indicator's finding and brings it into view. */
  jumpTo: (indicatorId: string) => void;
  jumpToSection: (anchor: string) => void;
}

/**
 * The draft's side of a consultation page: the provider the editor hands
 * over, the connection and the people on it, the outline and the indicator in
 * view, and the recovery from a refused change.
 */
export function useDraftSession(): DraftSession {
  const [provider, setProvider] = useState<WebsocketProvider | null>(null);
  const [outline, setOutline] = useState<DraftOutline | null>(null);
  const [overlay, setOverlay] = useState<HTMLDivElement | null>(null);
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
  const indicatorTitles = useMemo(() => indicatorTitlesOf(outline), [outline]);

  const jumpTo = useCallback((indicatorId: string) => {
    if (editorRef.current !== null) focusIndicator(editorRef.current, indicatorId);
  }, []);
  const jumpToSection = useCallback((anchor: string) => {
    document.getElementById(`section-${anchor}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, []);

  return {
    provider,
    onProvider: setProvider,
    outline,
    onOutline: setOutline,
    indicatorTitles,
    overlay,
    overlayRef: setOverlay,
    editorRef,
    bindingRef,
    scrollRef,
    connection,
    people,
    indicatorInView,
    getIndicatorInView,
    recovery,
    jumpTo,
    jumpToSection,
  };
}
