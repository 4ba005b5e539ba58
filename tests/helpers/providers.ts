import { vi } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface Peer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** An official y-websocket client, as a browser would use it. */
export function connectPeer(wsUrl: string, room: string, options: { params?: Record<string, string> } = {}): Peer {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    ...(options.params ? { params: options.params } : {}),
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function whenSynced(peer: Peer, timeoutMs = 10_000): Promise<void> {
  if (peer.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('provider did not sync in time')), timeoutMs);
    const onSync = (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      peer.provider.off('sync', onSync);
      resolve();
    };
    peer.provider.on('sync', onSync);
  });
}

/**
 * Resolves once `check()` returns true, polling with vitest's `vi.waitFor`
 * every 20 ms; a `check` that throws (a room not loaded yet, a document not
 * synced) is polled again. Rejects after `timeoutMs` naming `what`, or with
 * the last error `check` threw.
 */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  await vi.waitFor(
    () => {
      if (!check()) throw new Error(`timed out waiting for ${what}`);
    },
    { timeout: timeoutMs, interval: 20 },
  );
}
