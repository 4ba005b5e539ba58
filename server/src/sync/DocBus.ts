/** What travels between server instances for one room. */
export interface BusMessage {
  kind: 'update' | 'awareness';
  /** A Yjs update, or a whole awareness frame as a client sent it. */
  payload: Uint8Array;
}

/**
 * Fan-out between server instances sharing one backend. A message published
 * by an instance is delivered to the other instances' subscribers of that
 * room, never back to itself. Delivery is best effort: after `onReconnect`
 * fires, rooms catch up from the DocStore.
 *
 * @example
 * const unsubscribe = await bus.subscribe('demo:draft', (m) => room.receiveFromBus(m));
 * bus.publish('demo:draft', { kind: 'update', payload: update });
 */
export interface DocBus {
  subscribe(room: string, handler: (message: BusMessage) => void): Promise<() => Promise<void>>;
  publish(room: string, message: BusMessage): void;
  /** Called after the bus lost its connection and got it back. */
  onReconnect(handler: () => void): () => void;
  close(): Promise<void>;
}
