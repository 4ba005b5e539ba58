/**
 * A frame sent to many sockets at once. The transport may cache its wire
 * encoding in `wire` the first time, so a broadcast is framed once, not once
 * per receiver.
 */
export interface SharedFrame {
  readonly bytes: Uint8Array;
  /** A frame that goes out right after this one, in the same write where the transport can. */
  readonly next?: SharedFrame;
  wire?: unknown;
}

/**
 * The only view of a connection the sync layer has. Transports (the Hono
 * websocket route, tests) adapt their sockets to it.
 */
export interface Socket {
  send(frame: Uint8Array): void;
  /**
   * Sends a frame shared with other sockets, and the frames chained to it
   * (`next`) in order; falls back to `send` of each frame's bytes when absent.
   */
  sendShared?(frame: SharedFrame): void;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written; used to drop consumers that fall behind. */
  readonly bufferedAmount: number;
}
