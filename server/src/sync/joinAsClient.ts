import { decodeMessage, encodeSyncStep1 } from '@roundtable/protocol';
import * as Y from 'yjs';
import { silentLogger } from '../log.ts';
import { Connection } from './Connection.ts';
import type { Room } from './Room.ts';

/** What `joinAsClient` gives back: the connection, and every frame the room sent it so far (appended as they come). */
export interface JoinedClient {
  connection: Connection;
  sent: Uint8Array[];
  /** Applies to the client's document every sync step 2 and update sent since the last call. */
  applySent(): void;
}

let joins = 0;

/**
 * For unit tests of `Room`: joins `room` as a client holding `client`'s
 * state (its sync step 1 first, then attached, as the transport does), with
 * a write policy that accepts everything, and applies the sync step 2 it is
 * answered with to `client`.
 */
export function joinAsClient(room: Room, client: Y.Doc): JoinedClient {
  const sent: Uint8Array[] = [];
  let applied = 0;
  const connection = new Connection(
    { send: (frame) => sent.push(frame), close: () => {}, bufferedAmount: 0 },
    {
      id: `c${++joins}`,
      checkUpdate: () => ({ verdict: 'accept' }),
      writer: `w${joins}`,
      maxBufferedBytes: 1 << 20,
      maxQueuedFrames: 10,
      logger: silentLogger,
    },
  );
  connection.receive(encodeSyncStep1(Y.encodeStateVector(client)));
  connection.attach(room);
  const applySent = () => {
    for (const frame of sent.slice(applied)) {
      const message = decodeMessage(frame);
      if (message.type === 'sync-step2' || message.type === 'update') Y.applyUpdate(client, message.update);
    }
    applied = sent.length;
  };
  applySent();
  return { connection, sent, applySent };
}
