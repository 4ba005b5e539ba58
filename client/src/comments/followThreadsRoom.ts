import { type Thread, threadsRoomOf } from '@roundtable/profile';
import { readThreads, threadsMap as threadsMapOf } from '@roundtable/threads-doc';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabServerUrl } from '../editor/collabServerUrl.ts';

/** y-websocket drops a connection that hears nothing for 30 s; a silent client asks for presence to hear something. */
const KEEPALIVE_MS = 12_000;
const QUERY_AWARENESS = new Uint8Array([3]);

/**
 * Follows the server-owned room `<id>:threads`, read-only: `onThreads` gets
 * every thread once the room has synced, then again after each change.
 * Returns the function that stops following.
 */
export function followThreadsRoom(consultationId: string, onThreads: (threads: Thread[]) => void): () => void {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabServerUrl(), threadsRoomOf(consultationId), doc, {
    connect: false,
    disableBc: true,
  });
  // Following, not present: this socket publishes no awareness of its own.
  provider.awareness.setLocalState(null);
  let synced = false;
  const read = (): void => {
    if (synced) onThreads(readThreads(doc));
  };
  const onSync = (isSynced: boolean): void => {
    if (!isSynced) return;
    synced = true;
    read();
  };
  const threadsMap = threadsMapOf(doc);
  threadsMap.observeDeep(read);
  provider.on('sync', onSync);
  provider.connect();
  const keepalive = setInterval(() => {
    if (provider.wsconnected) provider.ws?.send(QUERY_AWARENESS);
  }, KEEPALIVE_MS);

  return () => {
    clearInterval(keepalive);
    threadsMap.unobserveDeep(read);
    provider.off('sync', onSync);
    provider.destroy();
    doc.destroy();
  };
}
