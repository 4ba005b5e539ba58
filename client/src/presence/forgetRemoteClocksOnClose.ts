import type { WebsocketProvider } from 'y-websocket';

/**
 * Makes a reconnect bring everyone else's presence back at once. When its
 * socket closes, y-websocket drops the others' states but y-protocols keeps
 * their last clocks; the server then sends the same states with those same
 * clocks, which y-protocols ignores as not newer, so the people list stays
 * empty until each person's 15 s renewal. Forgetting the clocks of the
 * states just dropped lets them in again. Returns the unsubscribe.
 */
export function forgetRemoteClocksOnClose(provider: Pick<WebsocketProvider, 'awareness' | 'on' | 'off'>): () => void {
  const { awareness } = provider;
  const forget = ({ status }: { status: string }): void => {
    if (status !== 'disconnected') return;
    for (const clientId of [...awareness.meta.keys()]) {
      if (clientId !== awareness.clientID && !awareness.states.has(clientId)) awareness.meta.delete(clientId);
    }
  };
  provider.on('status', forget);
  return () => provider.off('status', forget);
}
