import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import type { RoomAccess } from '../targets/Target.ts';

const OPCODE_CONTINUATION = 0x0;
const OPCODE_BINARY = 0x2;
const OPCODE_CLOSE = 0x8;
const OPCODE_PING = 0x9;
const OPCODE_PONG = 0xa;
const HEADER_END = Buffer.from('\r\n\r\n');
/**
 * Every counting client reads into this one buffer (`onread`): no buffer is
 * allocated per read, and each read is handled before the next one starts;
 * what a frame leaves over for the next read is copied out.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/**
 * The cheapest client that still holds a real seat in a room: a websocket
 * spoken by hand on a `net` socket (no `ws`, no permessage-deflate), which
 * joins like {@link BenchClient} (the dialect's hello, then waits for sync
 * step 2), answers pings, can send presence, and of what it receives only
 * counts sync-update frames and their bytes, reading each frame's header and
 * the first bytes of its payload.
 *
 * To spare the driver a wake-up and a read per frame, reading can be held
 * (`hold`: the socket stops reading, `onread` sockets pause at the handle)
 * and let go (`release`) in turns: the kernel keeps what arrives in the
 * socket's receive buffer, the server's writes succeed as before (the
 * loopback copies into that buffer at once), and one read then takes many
 * frames. Receive times are therefore not measured here.
 */
export class CountingClient {
  /** Sync-update frames and their payload bytes since the client synced. */
  updateFrames = 0;
  updateBytes = 0;
  bytesIn = 0;
  /** Reads from the socket: far fewer than frames while reading in turns. */
  reads = 0;
  closeCode: number | null = null;
  closeReason = '';
  readonly synced: Promise<void>;
  readonly closed: Promise<void>;
  private readonly socket: Socket;
  private pending: Buffer | null = null;
  private upgraded = false;
  private isSynced = false;
  private holding = false;
  private resolveSynced: () => void = () => {};
  private rejectSynced: (error: Error) => void = () => {};

  constructor(readonly access: RoomAccess) {
    const url = new URL(access.url);
    this.synced = new Promise<void>((resolve, reject) => {
      this.resolveSynced = resolve;
      this.rejectSynced = reject;
    });
    this.synced.catch(() => {});
    this.socket = connect({
      host: url.hostname,
      port: Number(url.port),
      onread: { buffer: READ_BUFFER, callback: (length) => this.receive(READ_BUFFER.subarray(0, length)) },
    });
    this.socket.setNoDelay(true);
    this.closed = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.socket.once('connect', () => {
      this.socket.write(
        `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\n` +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
          'Sec-WebSocket-Version: 13\r\n\r\n',
      );
    });
    this.socket.on('error', (error) => this.rejectSynced(error));
    this.socket.once('close', () => {
      this.closeCode ??= 1006;
      this.rejectSynced(new Error(`closed before sync: ${this.closeCode} ${this.closeReason}`));
    });
  }

  get isOpen(): boolean {
    return this.upgraded && this.closeCode === null && !this.socket.destroyed;
  }

  sendAwareness(awarenessUpdate: Uint8Array): void {
    this.sendFrame(OPCODE_BINARY, this.access.dialect.awareness(this.access.room, awarenessUpdate));
  }

  /** Stops reading: what arrives waits in the kernel until {@link release}. */
  hold(): void {
    this.holding = true;
    this.socket.pause();
  }

  /** Reads what has arrived; with `thenHold`, holds again after the next chunk read. */
  release(thenHold = false): void {
    this.holding = thenHold;
    this.socket.resume();
  }

  close(): Promise<void> {
    this.socket.destroy();
    return this.closed;
  }

  /** Handles one read; the chunk is a view of {@link READ_BUFFER}, to be copied if kept. Returns false to pause. */
  private receive(chunk: Buffer): boolean {
    this.bytesIn += chunk.byteLength;
    this.reads++;
    let buffer = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    if (!this.upgraded) {
      const end = buffer.indexOf(HEADER_END);
      if (end < 0) {
        this.pending = Buffer.from(buffer);
        return true;
      }
      const status = buffer.subarray(0, buffer.indexOf('\r\n')).toString();
      if (!/^HTTP\/1\.1 101 /.test(status)) {
        this.closeReason = status;
        this.socket.destroy();
        return false;
      }
      this.upgraded = true;
      buffer = buffer.subarray(end + HEADER_END.length);
      for (const frame of this.access.dialect.hello(this.access.room, this.access.token)) {
        this.sendFrame(OPCODE_BINARY, frame);
      }
    }
    let offset = 0;
    while (buffer.length - offset >= 2) {
      const first = buffer[offset] as number;
      const second = buffer[offset + 1] as number;
      let length = second & 0x7f;
      let header = 2;
      if (length === 126) {
        if (buffer.length - offset < 4) break;
        length = buffer.readUInt16BE(offset + 2);
        header = 4;
      } else if (length === 127) {
        if (buffer.length - offset < 10) break;
        length = buffer.readUInt32BE(offset + 2) * 2 ** 32 + buffer.readUInt32BE(offset + 6);
        header = 10;
      }
      if (second & 0x80) throw new Error('CountingClient: the server masked a frame');
      if (buffer.length - offset < header + length) break;
      const payload = buffer.subarray(offset + header, offset + header + length);
      offset += header + length;
      const opcode = first & 0x0f;
      if (!(first & 0x80) || opcode === OPCODE_CONTINUATION) {
        throw new Error('CountingClient: fragmented messages are not expected from these servers');
      }
      this.frame(opcode, payload);
    }
    if (offset < buffer.length) this.pending = Buffer.from(buffer.subarray(offset));
    return !(this.holding && this.isSynced);
  }

  private frame(opcode: number, payload: Buffer): void {
    if (opcode === OPCODE_PING) {
      this.sendFrame(OPCODE_PONG, payload);
    } else if (opcode === OPCODE_CLOSE) {
      this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      this.closeReason = payload.subarray(2).toString();
      this.sendFrame(OPCODE_CLOSE, payload.subarray(0, 2));
      this.socket.end();
    } else if (opcode !== OPCODE_PONG) {
      const message = this.access.dialect.read(payload);
      if (message.kind === 'update') {
        this.updateFrames++;
        this.updateBytes += message.update.byteLength;
      } else if (message.kind === 'synced' && !this.isSynced) {
        this.isSynced = true;
        this.resolveSynced();
      }
    }
  }

  /** A client frame: masked, as the protocol requires (the key need not be secret here). */
  private sendFrame(opcode: number, payload: Uint8Array): void {
    if (this.socket.destroyed) return;
    const length = payload.byteLength;
    const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
    const frame = Buffer.allocUnsafe(header + 4 + length);
    frame[0] = 0x80 | opcode;
    if (header === 2) frame[1] = 0x80 | length;
    else if (header === 4) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 0x80 | 127;
      frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
      frame.writeUInt32BE(length >>> 0, 6);
    }
    const mask = randomBytes(4);
    mask.copy(frame, header);
    for (let i = 0; i < length; i++) frame[header + 4 + i] = (payload[i] as number) ^ (mask[i & 3] as number);
    this.socket.write(frame);
  }
}
