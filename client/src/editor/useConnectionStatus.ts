import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export type ConnectionStatus = 'connecting' | 'connected' | 'offline' | 'refused';

export interface ConnectionState {
  status: ConnectionStatus;
  /** The document has been loaded from the server at least once. */
  hasSynced: boolean;
  /** Close code of a permanent refusal (4400-4499), when `status` is `refused`. */
  refusal: number | null;
}

const INITIAL: ConnectionState = { status: 'connecting', hasSynced: false, refusal: null };

/**
 * Connected = socket open AND document synced. Once a connection was lost (or
 * the first attempt failed) it is `offline` until the next sync: y-websocket
 * keeps retrying and keeps local edits in the Y.Doc meanwhile. A close code in
 * 4400-4499 stops y-websocket for good: `refused`.
 */
export function useConnectionStatus(provider: WebsocketProvider | null): ConnectionState {
  const [state, setState] = useState<ConnectionState>(INITIAL);
  useEffect(() => {
    if (provider === null) return;
    let lostOnce = false;
    let refusal: number | null = null;
    const update = (): void => {
      const connected = provider.wsconnected && provider.synced;
      setState((prev) => {
        const hasSynced = prev.hasSynced || connected;
        const status: ConnectionStatus = connected
          ? 'connected'
          : refusal !== null
            ? 'refused'
            : lostOnce
              ? 'offline'
              : 'connecting';
        return prev.status === status && prev.hasSynced === hasSynced && prev.refusal === refusal
          ? prev
          : { status, hasSynced, refusal };
      });
    };
    const onClose = (): void => {
      lostOnce = true;
      update();
    };
    const onRefused = ({ code }: { code: number }): void => {
      refusal = code;
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
    update();
    return () => {
      provider.off('status', update);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      provider.off('connection-error', onClose);
      provider.off('closed', onRefused);
    };
  }, [provider]);
  return state;
}
