/** What the driver needs to know about a frame it received; payloads are views, not copies. */
export type Inbound =
  | { kind: 'update'; update: Uint8Array }
  /** Sync step 2: the server's answer to the client's sync step 1. */
  | { kind: 'synced'; update: Uint8Array }
  /** An awareness frame; `update` is its awareness update (entries of client id, clock, state). */
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'other' };

/**
 * One server's framing of the y-websocket protocol. Roundtable and
 * @y/websocket-server speak it bare; Hocuspocus prefixes every frame with the
 * document name and wants an auth message first.
 */
export interface Dialect {
  /** Frames sent when the socket opens: whatever the server needs, then sync step 1 with an empty state. */
  hello(room: string, token: string | undefined): Uint8Array[];
  update(room: string, update: Uint8Array): Uint8Array;
  awareness(room: string, awarenessUpdate: Uint8Array): Uint8Array;
  read(frame: Uint8Array): Inbound;
}
