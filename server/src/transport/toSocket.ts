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

/** ws's frame sender: `_state` 0 is idle; other states (compressing a frame) queue what follows in `_queue`. */
interface WsSender {
  _state: number;
  _queue: unknown[];
}

/**
 * True when ws holds no frame back: nothing is being compressed and nothing
 * waits behind such a frame. Only then may a frame go straight to the TCP
 * socket without overtaking one sent earlier through `ws.send`.
 */
function senderIsIdle(ws: WebSocket): boolean {
  const sender = (ws as unknown as { _sender?: WsSender })._sender;
  return sender === undefined || (sender._state === 0 && sender._queue.length === 0);
}

/** The frame and the frames chained to it, framed once, as one buffer. */
function wireOf(frame: SharedFrame): Buffer {
  let wire = frame.wire as Buffer | undefined;
  if (wire) return wire;
  const parts: Buffer[] = [];
  for (let f: SharedFrame | undefined = frame; f; f = f.next) {
    const { buffer, byteOffset, byteLength } = f.bytes;
    parts.push(...frameOf(Buffer.from(buffer, byteOffset, byteLength), FRAME_OPTIONS));
  }
  wire = Buffer.concat(parts);
  frame.wire = wire;
  return wire;
}

/**
 * Adapts a `ws` socket to the sync layer's {@link Socket}. A shared frame
 * (with the frames chained to it) is framed once (server frames are
 * unmasked, so every receiver gets the same bytes) and written straight to
 * each TCP socket: one write per receiver. Frames go out in the order they
 * were sent: when ws is still compressing a large frame this connection was
 * sent (permessage-deflate is asynchronous), shared frames queue behind it
 * through `ws.send` instead.
 */
export function toSocket(ws: WebSocket): Socket {
  return new WsSocket(ws);
}

/**
 * One field per open socket, its methods on the prototype: an object literal
 * with a getter made four closures and a dictionary of properties for every
 * connection (about 0.7 KB of heap each, measured in a heap snapshot).
 */
class WsSocket implements Socket {
  constructor(private readonly ws: WebSocket) {}

  send(frame: Uint8Array): void {
    this.ws.send(frame, { binary: true });
  }

  sendShared(frame: SharedFrame): void {
    const { ws } = this;
    if (ws.readyState !== WebSocket.OPEN) return;
    const tcp = netSocketOf(ws);
    if (!tcp || !senderIsIdle(ws)) {
      for (let f: SharedFrame | undefined = frame; f; f = f.next) ws.send(f.bytes, { binary: true });
      return;
    }
    tcp.write(wireOf(frame));
  }

  close(code: number, reason: string): void {
    this.ws.close(code, reason);
  }

  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }
}
