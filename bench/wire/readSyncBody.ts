import { MessageType, SyncType } from '@roundtable/protocol';
import * as decoding from 'lib0/decoding';
import type { Inbound } from './Dialect.ts';

const OTHER: Inbound = { kind: 'other' };

/** Reads a y-websocket message from the decoder's position: the body shared by both framings. */
export function readSyncBody(decoder: decoding.Decoder): Inbound {
  const type = decoding.readVarUint(decoder);
  if (type === MessageType.Awareness) return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
  if (type !== MessageType.Sync) return OTHER;
  const syncType = decoding.readVarUint(decoder);
  if (syncType === SyncType.Update) return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
  if (syncType === SyncType.Step2) return { kind: 'synced', update: decoding.readVarUint8Array(decoder) };
  return OTHER;
}
