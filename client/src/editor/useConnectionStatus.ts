import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import {
  type ConnectionLag,
  type ConnectionStatus,
  connectionStatusOf,
  SAVING_AFTER_MS,
} from './connectionStatusOf.ts';
import { watchLiveness } from './watchLiveness.ts';
import { watchUnsaved } from './watchUnsaved.ts';

export type { ConnectionLag, ConnectionStatus } from './connectionStatusOf.ts';

/** A permanent close by the server (a `CloseCode` in 4400-4499): y-websocket stops reconnecting. */
export interface Refusal {
  /** One of `CloseCode` (@roundtable/protocol). */
  code: number;
  /** The server's close reason, e.g. `refused: status of indicator 1.2 is set by facilitators through the API`. */
  reason: string;
  /** The document had synced with the server before (it holds what the person saw and typed). */
  afterSync: boolean;
}

export interface ConnectionState {
  status: ConnectionStatus;
  /** Whether, and how, this browser is behind the server (`connectionStatusOf`). */
  lag: ConnectionLag;
  /** This provider's document has been loaded from the server at least once. */
  hasSynced: boolean;
  /** Set when `status` is `refused`. */
  refusal: Refusal | null;
}

const INITIAL: ConnectionState = { status: 'connecting', lag: null, hasSynced: false, refusal: null };

/**
 * Connected = socket open AND document synced (`connectionStatusOf`), with
 * how far behind the browser is: catching up after a reconnect, saving when
 * local changes wait for the server's confirmation (`watchUnsaved`), not
 * saved while offline. Once a connection was lost (or
 * the first attempt failed) it is `offline` until the next sync: y-websocket
 * keeps retrying and keeps local edits in the Y.Doc meanwhile. A permanent
 * `CloseCode` (4400-4499) stops y-websocket for good: `refused`, with the
 * server's reason (what it means to people: `closeCodeMessages.ts`). The
 * browser going offline, or the server falling silent, reads as `offline`
 * at once, without waiting for the socket to close (`watchLiveness`).
 * A new provider (a new document) starts over from `connecting`.
 */
export function useConnectionStatus(provider: WebsocketProvider | null): ConnectionState {
  // Tagged with its provider, so that a new provider (or none) reads as INITIAL from its first
  // render on, never as the previous document's `connected` or `refused`.
  const [state, setState] = useState<{ provider: WebsocketProvider | null; value: ConnectionState }>({
    provider: null,
    value: INITIAL,
  });
  useEffect(() => {
    if (provider === null) return;
    let lostOnce = false;
    let syncedOnce = false;
    let refusal: Refusal | null = null;
    let lost = false;
    let unsavedSince: number | null = null;
    let savingTimer: ReturnType<typeof setTimeout> | undefined;
    const update = (): void => {
      syncedOnce ||= provider.wsconnected && provider.synced && !lost;
      const { status, lag } = connectionStatusOf({
        socketOpen: provider.wsconnected,
        synced: provider.synced,
        lost,
        lostOnce,
        syncedOnce,
        refused: refusal !== null,
        unsavedForMs: unsavedSince === null ? null : Date.now() - unsavedSince,
      });
      setState((prev) =>
        prev.provider === provider &&
        prev.value.status === status &&
        prev.value.lag === lag &&
        prev.value.hasSynced === syncedOnce &&
        prev.value.refusal === refusal
          ? prev
          : { provider, value: { status, lag, hasSynced: syncedOnce, refusal } },
      );
    };
    const onClose = (): void => {
      lostOnce = true;
      update();
    };
    const onRefused = ({ code, reason }: { code: number; reason: string }): void => {
      refusal = { code, reason, afterSync: syncedOnce };
      update();
    };
    const onSync = (synced: boolean): void => {
      if (synced) {
        lostOnce = false;
        refusal = null;
      }
      update();
    };
    provider.on('status', update);
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    provider.on('connection-error', onClose);
    provider.on('closed', onRefused);
    const stopWatching = watchLiveness(provider, (isLost) => {
      lost = isLost;
      update();
    });
    const stopWatchingUnsaved = watchUnsaved(provider, (since) => {
      unsavedSince = since;
      clearTimeout(savingTimer);
      // Shown as `saving` only once it has waited SAVING_AFTER_MS: look again then.
      if (since !== null) savingTimer = setTimeout(update, SAVING_AFTER_MS);
      update();
    });
    update();
    return () => {
      clearTimeout(savingTimer);
      stopWatchingUnsaved();
      stopWatching();
      provider.off('status', update);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      provider.off('connection-error', onClose);
      provider.off('closed', onRefused);
    };
  }, [provider]);
  return state.provider === provider ? state.value : INITIAL;
}
