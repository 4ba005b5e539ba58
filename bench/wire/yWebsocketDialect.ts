import { encodeAwareness, encodeSyncStep1, encodeUpdate } from '@roundtable/protocol';
import * as decoding from 'lib0/decoding';
import type { Dialect } from './Dialect.ts';
import { readSyncBody } from './readSyncBody.ts';

const EMPTY_STATE_VECTOR = Uint8Array.of(0);

/** Plain y-websocket framing (Roundtable, @y/websocket-server): the room is in the URL. */
export const yWebsocketDialect: Dialect = {
  hello: () => [encodeSyncStep1(EMPTY_STATE_VECTOR)],
  update: (_room, update) => encodeUpdate(update),
  awareness: (_room, awarenessUpdate) => encodeAwareness(awarenessUpdate),
  read: (frame) => readSyncBody(decoding.createDecoder(frame)),
};
