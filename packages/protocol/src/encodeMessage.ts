import * as encoding from 'lib0/encoding';
import { MessageType, SyncType } from './messageTypes.ts';

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** `[sync, step1, stateVector]`: asks the peer for what this side lacks. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncType.Step1, stateVector);
}

/** `[sync, step2, update]`: the answer to a step 1. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncType.Step2, update);
}

/** `[sync, update, update]`: a live document change. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncType.Update, update);
}

/** `[awareness, update]` where `update` is an encoded awareness update. */
export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** `[queryAwareness]`. */
export function encodeQueryAwareness(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.QueryAwareness);
  return encoding.toUint8Array(encoder);
}
