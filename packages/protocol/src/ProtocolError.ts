/** Why a frame was rejected. The server maps every reason to one close code. */
export type ProtocolErrorReason =
  | 'empty-frame'
  | 'truncated'
  | 'unknown-message-type'
  | 'unknown-sync-type'
  | 'trailing-bytes'
  | 'invalid-update'
  | 'invalid-awareness';

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  constructor(
    readonly reason: ProtocolErrorReason,
    message: string,
  ) {
    super(message);
  }
}
