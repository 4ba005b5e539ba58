import * as encoding from 'lib0/encoding';
import { varUintSize, writeVarUint } from './exactEncoding.ts';
import { MessageType, SyncType } from './messageTypes.ts';

/** `[sync, syncType, payload]` in one buffer of its exact size (see `exactEncoding.ts`). */
function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const length = payload.byteLength;
  const frame = new Uint8Array(varUintSize(MessageType.Sync) + varUintSize(syncType) + varUintSize(length) + length);
  let pos = writeVarUint(frame, 0, MessageType.Sync);
  pos = writeVarUint(frame, pos, syncType);
  pos = writeVarUint(frame, pos, length);
  frame.set(payload, pos);
  return frame;
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

/** `[awareness, update]` where `update` is an encoded awareness update (see also `encodeAwarenessFrame`). */
export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const length = awarenessUpdate.byteLength;
  const frame = new Uint8Array(varUintSize(MessageType.Awareness) + varUintSize(length) + length);
  const pos = writeVarUint(frame, writeVarUint(frame, 0, MessageType.Awareness), length);
  frame.set(awarenessUpdate, pos);
  return frame;
}

/** `[queryAwareness]`. */
export function encodeQueryAwareness(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.QueryAwareness);
  return encoding.toUint8Array(encoder);
}
