import type { WebSocket } from 'ws';
import type { Socket } from '../sync/Socket.ts';

/** Adapts a `ws` socket to the sync layer's {@link Socket}. */
export function toSocket(ws: WebSocket): Socket {
  return {
    send(frame) {
      ws.send(frame, { binary: true });
    },
    close(code, reason) {
      ws.close(code, reason);
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
  };
}
