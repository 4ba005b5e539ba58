/** What travels between server instances for one room. */
export interface BusMessage {
  kind: 'update' | 'awareness';
  /** A Yjs update, or a whole awareness frame as a client sent it. */
  payload: Uint8Array;
}

/**
 * Fan-out between server instances sharing one backend. A message published
 * by an instance is delivered to the other instances' subscribers of that
 * room, never back to itself. An instance may skip publishing a room's
 * messages while no other instance holds the room (see
 * `storage/redis/RoomPeers.ts` for the handshake that makes this safe).
 * Delivery is best effort: whenever updates may have been missed (a lost
 * connection, a peer learned of late), `onMissed` is called and the room
 * catches up from the DocStore.
 *
 * @example
 * const unsubscribe = await bus.subscribe('demo:draft', (m) => room.receiveFromBus(m), () => room.catchUp());
 * bus.publish('demo:draft', { kind: 'update', payload: update });
 */
export interface DocBus {
  /**
   * Resolves once this instance receives the room's messages AND every
   * other instance holding the room publishes to it (or, after a timeout,
   * `onMissed` will be called when a late one does): updates stored before
   * that are in the store, later ones arrive through `handler`.
   */
  subscribe(room: string, handler: (message: BusMessage) => void, onMissed: () => void): Promise<() => Promise<void>>;
  /** Sends to the other instances holding `room`; a no-op when none does. Call after the update is stored. */
  publish(room: string, message: BusMessage): void;
  close(): Promise<void>;
}
