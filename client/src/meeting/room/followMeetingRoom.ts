import { type MeetingState, observeMeeting, readMeeting } from '@roundtable/meeting';
import { meetingRoomOf } from '@roundtable/profile';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabServerUrl } from '../../editor/collabServerUrl.ts';

/** y-websocket drops a connection that hears nothing for 30 s; a silent client asks for presence to hear something. */
const KEEPALIVE_MS = 12_000;
const QUERY_AWARENESS = new Uint8Array([3]);

/**
 * Follows the server-owned room `<id>:meeting`, read-only: `onMeeting` gets
 * the whole meeting (read with @roundtable/meeting's `readMeeting`) once the
 * room has synced, then again after each change. Returns the function that
 * stops following.
 */
export function followMeetingRoom(consultationId: string, onMeeting: (meeting: MeetingState) => void): () => void {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabServerUrl(), meetingRoomOf(consultationId), doc, {
    connect: false,
    disableBc: true,
  });
  // Following, not present: this socket publishes no awareness of its own.
  provider.awareness.setLocalState(null);
  let synced = false;
  const read = (): void => {
    if (synced) onMeeting(readMeeting(doc));
  };
  const onSync = (isSynced: boolean): void => {
    if (!isSynced) return;
    synced = true;
    read();
  };
  const stopObserving = observeMeeting(doc, read);
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
