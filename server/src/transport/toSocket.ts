import type { Socket as NetSocket } from 'node:net';
import * as wsModule from 'ws';
import { WebSocket } from 'ws';
import type { SharedFrame, Socket } from '../sync/Socket.ts';

const FRAME_OPTIONS = { fin: true, rsv1: false, opcode: 0x02, mask: false, readOnly: false } as const;

/** ws's frame encoder (exported by its ESM entry, absent from its type definitions). */
const frameOf = (wsModule as unknown as { Sender: { frame(data: Buffer, options: typeof FRAME_OPTIONS): Buffer[] } })
  .Sender.frame;

/** The TCP socket under a `ws` socket (ws keeps it as `_socket`). */
function netSocketOf(ws: WebSocket): NetSocket | undefined {
  return (ws as unknown as { _socket?: NetSocket })._socket;
}

/**
 * Adapts a `ws` socket to the sync layer's {@link Socket}. A shared frame is
 * framed once (server frames are unmasked, so every receiver gets the same
 * bytes) and written straight to each TCP socket: one write per receiver.
 * Safe because compression is off, so ws never holds frames in a queue.
 */
export function toSocket(ws: WebSocket): Socket {
  return {
    send(frame) {
      ws.send(frame, { binary: true });
    },
    sendShared(frame: SharedFrame) {
      if (ws.readyState !== WebSocket.OPEN) return;
      const tcp = netSocketOf(ws);
      if (!tcp) {
        ws.send(frame.bytes, { binary: true });
        return;
      }
      let wire = frame.wire as Buffer | undefined;
      if (!wire) {
        const { buffer, byteOffset, byteLength } = frame.bytes;
        wire = Buffer.concat(frameOf(Buffer.from(buffer, byteOffset, byteLength), FRAME_OPTIONS));
        frame.wire = wire;
      }
      tcp.write(wire);
    },
    close(code, reason) {
      ws.close(code, reason);
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
  };
}
