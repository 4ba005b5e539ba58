import { MessageType, SyncType } from '@roundtable/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Dialect } from './Dialect.ts';
import { readSyncBody } from './readSyncBody.ts';

/** Hocuspocus' auth sub-type for "here is my token" (`AuthMessageType.Token` in @hocuspocus/common). */
const AUTH_TOKEN = 0;

function frame(room: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * Hocuspocus framing: every frame starts with the document name (a varString),
 * and a document's messages are queued until its auth message arrives.
 */
export const hocuspocusDialect: Dialect = {
  hello: (room, token) => [
    frame(room, (e) => {
      encoding.writeVarUint(e, MessageType.Auth);
      encoding.writeVarUint(e, AUTH_TOKEN);
      encoding.writeVarString(e, token ?? 'bench');
    }),
    frame(room, (e) => {
      encoding.writeVarUint(e, MessageType.Sync);
      encoding.writeVarUint(e, SyncType.Step1);
      encoding.writeVarUint8Array(e, Uint8Array.of(0));
    }),
  ],
  update: (room, update) =>
    frame(room, (e) => {
      encoding.writeVarUint(e, MessageType.Sync);
      encoding.writeVarUint(e, SyncType.Update);
      encoding.writeVarUint8Array(e, update);
    }),
  awareness: (room, awarenessUpdate) =>
    frame(room, (e) => {
      encoding.writeVarUint(e, MessageType.Awareness);
      encoding.writeVarUint8Array(e, awarenessUpdate);
    }),
  read: (bytes) => {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarString(decoder);
    return readSyncBody(decoder);
  },
};
