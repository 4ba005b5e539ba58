/**
 * The only view of a connection the sync layer has. Transports (the Hono
 * websocket route, tests) adapt their sockets to it.
 */
export interface Socket {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written; used to drop consumers that fall behind. */
  readonly bufferedAmount: number;
}
