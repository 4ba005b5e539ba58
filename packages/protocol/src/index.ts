export type { AwarenessEntry } from './awarenessUpdate.ts';
export { decodeAwarenessUpdate, encodeAwarenessFrame, encodeAwarenessUpdate } from './awarenessUpdate.ts';
export { CloseCode, type CloseCodeValue } from './CloseCode.ts';
export type { ClientMessage } from './decodeMessage.ts';
export { decodeMessage } from './decodeMessage.ts';
export {
  encodeAwareness,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './encodeMessage.ts';
export { MessageType, SyncType } from './messageTypes.ts';
export type { ProtocolErrorReason } from './ProtocolError.ts';
export { ProtocolError } from './ProtocolError.ts';
export type { UpdateSummary } from './validateUpdate.ts';
export { validateUpdate } from './validateUpdate.ts';
