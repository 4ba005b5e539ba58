import * as decoding from 'lib0/decoding';
import { MessageType, SyncType } from './messageTypes.ts';
import { ProtocolError } from './ProtocolError.ts';

/** A decoded client frame. Byte fields are views into the frame, not copies. */
export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'auth'; payload: Uint8Array };

/**
 * Decodes one y-websocket frame. Throws {@link ProtocolError} for anything that
 * is not exactly one well-formed message: empty, truncated, unknown type or
 * trailing bytes. It checks framing only; Yjs payloads are checked by
 * `validateUpdate` and `decodeAwarenessUpdate`.
 *
 * @example
 * const msg = decodeMessage(encodeUpdate(update)); // { type: 'update', update }
 */
export function decodeMessage(frame: Uint8Array): ClientMessage {
  if (frame.byteLength === 0) throw new ProtocolError('empty-frame', 'empty frame');
  const decoder = decoding.createDecoder(frame);
  let message: ClientMessage;
  try {
    message = readMessage(decoder);
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError('truncated', 'frame ended in the middle of a message');
  }
  if (decoding.hasContent(decoder)) {
    throw new ProtocolError('trailing-bytes', 'frame has bytes after its message');
  }
  return message;
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.Sync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      switch (syncType) {
        case SyncType.Step1:
          return { type: 'sync-step1', stateVector: payload };
        case SyncType.Step2:
          return { type: 'sync-step2', update: payload };
        case SyncType.Update:
          return { type: 'update', update: payload };
        default:
          throw new ProtocolError('unknown-sync-type', `unknown sync message type ${syncType}`);
      }
    }
    case MessageType.Awareness:
      return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.QueryAwareness:
      return { type: 'query-awareness' };
    case MessageType.Auth:
      return { type: 'auth', payload: decoding.readTailAsUint8Array(decoder) };
    default:
      throw new ProtocolError('unknown-message-type', `unknown message type ${type}`);
  }
}
