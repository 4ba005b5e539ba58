import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabServerUrl } from './collabServerUrl.ts';

/** y-websocket drops a connection that hears nothing for 30 s; a silent client asks for presence to hear something. */
const KEEPALIVE_MS = 12_000;
const QUERY_AWARENESS = new Uint8Array([3]);

/**
 * Follows a server-owned room (`<id>:threads`, `<id>:meeting`) read-only,
 * without presence of its own: `read(doc)` runs once the room has synced and
 * again after each change that `observe(doc, onChange)` reports; `onValue`
 * gets what it returns. Returns the function that stops following.
 *
 * @example
 * const stop = followServerRoom(threadsRoomOf(id), readThreads, observeThreads, setThreads);
 */
export function followServerRoom<T>(
  room: string,
  read: (doc: Y.Doc) => T,
  observe: (doc: Y.Doc, onChange: () => void) => () => void,
  onValue: (value: T) => void,
): () => void {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabServerUrl(), room, doc, { connect: false, disableBc: true });
  // Following, not present: this socket publishes no awareness of its own.
  provider.awareness.setLocalState(null);
  let synced = false;
  const changed = (): void => {
    if (synced) onValue(read(doc));
  };
  const onSync = (isSynced: boolean): void => {
    if (!isSynced) return;
    synced = true;
    changed();
  };
  const stopObserving = observe(doc, changed);
  provider.on('sync', onSync);
  provider.connect();
  const keepalive = setInterval(() => {
    if (provider.wsconnected) provider.ws?.send(QUERY_AWARENESS);
  }, KEEPALIVE_MS);

  return () => {
    clearInterval(keepalive);
    stopObserving();
    provider.off('sync', onSync);
    provider.destroy();
    doc.destroy();
  };
}
