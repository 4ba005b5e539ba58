import { CloseCode } from '@roundtable/protocol';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { ConnectionState, Refusal } from '../editor/useConnectionStatus.ts';
import { isRecoverableRefusal } from './isRecoverableRefusal.ts';
import { type ReadingPlace, readPlace, restorePlace } from './readingPlace.ts';
import { type UnsavedPassage, unsavedText } from './unsavedText.ts';

/** A change the server refused, as the notice shows it. */
export interface RefusedChange {
  code: number;
  reason: string;
  /** Text typed here that the server does not have; null while the draft reloads. */
  unsaved: UnsavedPassage[] | null;
}

export interface DraftRecovery {
  /** Key for the collaboration editor: a new value remounts it on a fresh document. */
  generation: number;
  notice: RefusedChange | null;
  dismiss: () => void;
  /** False once the server refused a change as forbidden (`Forbidden`): the editor stays read-only. */
  mayWrite: boolean;
  /** A refusal this hook does not recover from (`Unauthorized`, `NotFound`, `Revoked`, or before the first sync). */
  permanent: Refusal | null;
}

export interface DraftRecoveryOptions {
  provider: WebsocketProvider | null;
  connection: ConnectionState;
  /** The reading area, whose place is kept across the reload. */
  scrollRef: RefObject<HTMLElement | null>;
  getIndicatorInView: () => string | null;
  /** Forget the refused provider (the remounted editor hands over a new one). */
  onDiscard: () => void;
}

interface Discarded {
  doc: Y.Doc;
  place: ReadingPlace;
  /** Passages of an earlier refusal still on screen: a second refusal must not hide them. */
  earlier: UnsavedPassage[];
}

/**
 * Recovers from a refused change. Yjs cannot take a change back, so the local
 * document, which holds it, is discarded: the editor remounts on a fresh one
 * (`generation`) that loads the server's copy. Meanwhile the notice says what
 * was refused; once the fresh copy has synced, the text the discarded one had
 * and the server lacks is offered for copying, and the reading place (the
 * indicator in view) is restored.
 */
export function useDraftRecovery(options: DraftRecoveryOptions): DraftRecovery {
  const { provider, connection, scrollRef, getIndicatorInView, onDiscard } = options;
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<RefusedChange | null>(null);
  const [mayWrite, setMayWrite] = useState(true);
  const discarded = useRef<Discarded | null>(null);
  const handled = useRef<Refusal | null>(null);
  const { refusal, hasSynced } = connection;

  useEffect(() => {
    if (refusal === null || provider === null || !isRecoverableRefusal(refusal) || handled.current === refusal) return;
    handled.current = refusal;
    const container = scrollRef.current;
    discarded.current = {
      doc: provider.doc,
      place:
        container === null
          ? { indicatorId: null, offset: 0, scrollTop: 0 }
          : readPlace(container, getIndicatorInView()),
      earlier: notice?.unsaved ?? [],
    };
    setNotice({ code: refusal.code, reason: refusal.reason, unsaved: null });
    if (refusal.code === CloseCode.Forbidden) setMayWrite(false);
    setGeneration((g) => g + 1);
    onDiscard();
  }, [refusal, provider, notice, scrollRef, getIndicatorInView, onDiscard]);

  useEffect(() => {
    const old = discarded.current;
    // `provider.synced`: the fresh document holds the server's copy (not only "connected once").
    if (old === null || provider === null || provider.doc === old.doc || !hasSynced || !provider.synced) return;
    discarded.current = null;
    const unsaved = mergePassages(old.earlier, unsavedText(old.doc, provider.doc));
    setNotice((current) => (current === null ? null : { ...current, unsaved }));
    const container = scrollRef.current;
    return container === null ? undefined : restorePlace(container, old.place);
  }, [provider, hasSynced, scrollRef]);

  const dismiss = useCallback(() => setNotice(null), []);
  const permanent = refusal !== null && !isRecoverableRefusal(refusal) ? refusal : null;
  return { generation, notice, dismiss, mayWrite, permanent };
}

/** `earlier` then `later`, one passage per place: a place in both gets both texts, earlier first. */
function mergePassages(earlier: UnsavedPassage[], later: UnsavedPassage[]): UnsavedPassage[] {
  const merged = new Map(earlier.map((passage) => [passage.key, passage]));
  for (const passage of later) {
    const before = merged.get(passage.key);
    merged.set(passage.key, before === undefined ? passage : { ...before, text: `${before.text}\n${passage.text}` });
  }
  return [...merged.values()];
}
