import { CloseCode, decodeAwarenessUpdate, decodeMessage, ProtocolError, validateUpdate } from '@roundtable/protocol';
import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Room } from './Room.ts';
import type { SharedFrame, Socket } from './Socket.ts';
import type { SyncMetrics } from './SyncMetrics.ts';
import type { DecodedUpdate, UpdateCheck, UpdateVerdict } from './UpdateCheck.ts';

export interface ConnectionOptions {
  id: string;
  /**
   * What this connection's updates may do to the document (the write policy
   * for its role; see `readOnlyUpdateCheck` for peers that only follow).
   * Read-only peers still share presence.
   */
  checkUpdate: UpdateCheck;
  /**
   * Who writes through this connection (an invitation id): the Yjs client ids
   * it writes under belong to them, and no one else may write under those.
   */
  writer: string;
  /** Queued outgoing bytes past which the connection is dropped to resync later. */
  maxBufferedBytes: number;
  /** Frames accepted while the room loads before the connection is dropped. */
  maxQueuedFrames: number;
  /** Bytes accepted while the room loads before the connection is dropped (default 16 MiB). */
  maxQueuedBytes?: number;
  /**
   * Frames a client may send: `perSecond` on average, `burst` at once (a
   * token bucket). Past it the connection closes with 1013 and the client
   * reconnects after its backoff. Unlimited when absent.
   */
  messageRate?: { perSecond: number; burst: number };
  logger: Logger;
  /**
   * Rewrites each presence state this connection announces (JSON text) into
   * what the room relays, e.g. the person's name from their invitation over
   * what the client claims. Throws a `ProtocolError` to refuse the state.
   * States are relayed as sent when absent.
   */
  stampPresence?: (state: string) => string;
  /** Counts refusals; nothing by default. */
  metrics?: SyncMetrics;
}

/**
 * One client socket in one room: decodes its frames, enforces what it may do,
 * and closes it with a named code on anything it should not send.
 */
export class Connection {
  readonly id: string;
  /** The awareness client id this connection speaks for: the first it announced (set by the room's presence). */
  presenceId: number | null = null;
  /** When the room last answered this connection's query-awareness with every state (ms, `Date.now()`). */
  presenceAnsweredAt = Number.NEGATIVE_INFINITY;
  /**
   * The update the room refused, merged with the updates that arrived after it (sent before the
   * client heard of the refusal); null until a refusal. See `Room.applyLateUpdate`.
   */
  refusedUpdate: Uint8Array | null = null;
  /** How many more late updates the room judges for this connection after its refusal. */
  lateUpdatesLeft = 0;
  private room: Room | null = null;
  private queue: Uint8Array[] | null = [];
  private queuedBytes = 0;
  private tokens: number;
  private tokensAt = Date.now();
  private closed = false;
  private refused = false;
  private socketClosed = false;

  constructor(
    private readonly socket: Socket,
    private readonly options: ConnectionOptions,
  ) {
    this.id = options.id;
    this.tokens = options.messageRate?.burst ?? 0;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** True once an update of this connection was refused: its later updates are dropped unread. */
  get isRefused(): boolean {
    return this.refused;
  }

  /** Joins the loaded room and replays frames that arrived while it loaded. */
  attach(room: Room): void {
    if (this.closed) return;
    this.room = room;
    room.addConnection(this);
    const queued = this.queue ?? [];
    this.queue = null;
    this.queuedBytes = 0;
    for (const frame of queued) {
      if (this.closed) return;
      this.handleFrame(frame);
    }
  }

  /**
   * Entry point for every frame from the transport. After a refusal, until
   * the socket has closed, only the updates the client sent before it heard
   * of the refusal are still read (see `Room.applyLateUpdate`).
   */
  receive(data: Uint8Array | string): void {
    if (this.closed && !this.readsLateUpdates) return;
    if (!this.takeToken()) {
      this.close(CloseCode.TryAgainLater, 'too many messages: slow down');
      return;
    }
    if (typeof data === 'string') {
      this.close(CloseCode.BadMessage, 'text frames are not part of the protocol');
      return;
    }
    if (this.queue) {
      this.queuedBytes += data.byteLength;
      if (
        this.queue.length >= this.options.maxQueuedFrames ||
        this.queuedBytes > (this.options.maxQueuedBytes ?? 16 * 1024 * 1024)
      ) {
        this.close(CloseCode.TryAgainLater, 'too much sent before the document loaded');
        return;
      }
      this.queue.push(data);
      return;
    }
    this.handleFrame(data);
  }

  /** One frame's worth of the message rate; false when the client sends faster than allowed. */
  private takeToken(): boolean {
    const rate = this.options.messageRate;
    if (!rate) return true;
    const now = Date.now();
    this.tokens = Math.min(rate.burst, this.tokens + ((now - this.tokensAt) / 1000) * rate.perSecond);
    this.tokensAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  send(frame: Uint8Array): void {
    if (this.closed) return;
    if (this.socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.close(CloseCode.TryAgainLater, 'connection too slow for the room');
      return;
    }
    this.socket.send(frame);
  }

  /** Sends a frame that other connections receive too (a broadcast). */
  sendShared(frame: SharedFrame): void {
    if (this.closed) return;
    if (this.socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.close(CloseCode.TryAgainLater, 'connection too slow for the room');
      return;
    }
    if (this.socket.sendShared) this.socket.sendShared(frame);
    else for (let f: SharedFrame | undefined = frame; f; f = f.next) this.socket.send(f.bytes);
  }

  /** Who writes through this connection (see {@link ConnectionOptions.writer}). */
  get writer(): string {
    return this.options.writer;
  }

  /** Runs this connection's write policy on `update` (see {@link ConnectionOptions.checkUpdate}). */
  checkUpdate(doc: Y.Doc, update: Uint8Array, decoded?: DecodedUpdate): UpdateVerdict {
    return this.options.checkUpdate(doc, update, decoded);
  }

  /** A presence state this connection announced, as the room relays it. */
  stampPresence(state: string): string {
    return this.options.stampPresence ? this.options.stampPresence(state) : state;
  }

  /** Refused, the socket not closed yet, and the room still judges late updates (`Room.applyLateUpdate`). */
  private get readsLateUpdates(): boolean {
    return this.refused && !this.socketClosed && this.refusedUpdate !== null && this.lateUpdatesLeft > 0;
  }

  /** Refuses what the client sent and closes it. */
  reject(reason: string): void {
    this.close(CloseCode.BadMessage, reason);
  }

  /**
   * The write policy refused an update of this connection: close it with
   * `code` and `reason`, and drop whatever else it queued (the client must
   * come back with a fresh copy of the document).
   */
  refuse(code: number, reason: string): void {
    this.refused = true;
    this.close(code, reason);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    if (code !== CloseCode.GoingAway && code !== CloseCode.Normal) this.options.metrics?.refused(code);
    this.options.logger.info('connection.closed-by-server', {
      connection: this.id,
      room: this.room?.name,
      code,
      reason,
    });
    try {
      this.socket.close(code, reason);
    } finally {
      this.room?.removeConnection(this);
    }
  }

  /** The transport saw the socket close. */
  handleSocketClosed(): void {
    this.socketClosed = true;
    if (this.closed) return;
    this.closed = true;
    this.room?.removeConnection(this);
  }

  private handleFrame(frame: Uint8Array): void {
    const room = this.room;
    if (!room) return;
    try {
      const message = decodeMessage(frame);
      if (this.refused && message.type !== 'update' && message.type !== 'sync-step2') return;
      switch (message.type) {
        case 'sync-step1':
          room.answerSyncStep1(this, message.stateVector);
          return;
        case 'sync-step2':
        case 'update': {
          const summary = validateUpdate(message.update);
          if (summary.structCount === 0 && summary.deleteRangeCount === 0) return;
          // Checked by the room just before it applies the update, against the document as it is then.
          room.receiveUpdate(this, message.update, summary.decoded);
          return;
        }
        case 'awareness':
          room.receiveAwareness(this, frame, decodeAwarenessUpdate(message.update));
          return;
        case 'query-awareness':
          room.sendPresenceTo(this);
          return;
        case 'auth':
          return;
      }
    } catch (error) {
      if (error instanceof ProtocolError) {
        this.options.logger.warn('connection.bad-frame', {
          connection: this.id,
          room: room.name,
          reason: error.reason,
          bytes: frame.byteLength,
        });
        this.close(CloseCode.BadMessage, error.message.slice(0, 120));
        return;
      }
      // A state vector or update that decodes but cannot be used: still the client's fault.
      this.options.logger.warn('connection.unusable-frame', { connection: this.id, room: room.name, error });
      this.close(CloseCode.BadMessage, 'unusable message');
    }
  }
}
