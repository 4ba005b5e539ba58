import { WebSocket } from 'ws';
import type { RoomAccess } from '../targets/Target.ts';

export type UpdateListener = (update: Uint8Array, at: number) => void;
/** Receives the awareness update of each awareness frame (a view into the frame). */
export type AwarenessListener = (awarenessUpdate: Uint8Array, at: number) => void;

/**
 * A raw websocket speaking the protocol bytes: no provider, no Y.Doc. It only
 * reads enough of each frame to hand document updates to its listener.
 */
export class BenchClient {
  bytesIn = 0;
  framesIn = 0;
  /** `performance.now()` when the server answered sync step 1 (0 until then). */
  syncedAt = 0;
  /** Bytes of the document in that answer. */
  syncedBytes = 0;
  /** The document in that answer (a Yjs update), when the client was opened with `keepState`; else null. */
  syncedUpdate: Uint8Array | null = null;
  closeCode: number | null = null;
  closeReason = '';
  onUpdate: UpdateListener | null = null;
  onAwareness: AwarenessListener | null = null;
  readonly synced: Promise<void>;
  /** Resolves when the socket has closed, whoever closed it. */
  readonly closed: Promise<void>;
  private readonly ws: WebSocket;

  constructor(
    readonly access: RoomAccess,
    options: { keepState?: boolean } = {},
  ) {
    this.ws = new WebSocket(access.url, { perMessageDeflate: false });
    this.synced = new Promise<void>((resolve, reject) => {
      this.ws.once('open', () => {
        for (const frame of access.dialect.hello(access.room, access.token)) this.ws.send(frame);
      });
      this.ws.on('error', reject);
      this.ws.once('close', (code, reason) => {
        this.closeCode = code;
        this.closeReason = reason.toString();
        reject(new Error(`closed before sync: ${code} ${reason.toString()}`));
      });
      this.ws.on('message', (data: Buffer) => {
        const at = performance.now();
        this.bytesIn += data.byteLength;
        this.framesIn++;
        const message = access.dialect.read(data);
        if (message.kind === 'update') this.onUpdate?.(message.update, at);
        else if (message.kind === 'awareness') this.onAwareness?.(message.update, at);
        else if (message.kind === 'synced' && this.syncedAt === 0) {
          this.syncedAt = at;
          this.syncedBytes = message.update.byteLength;
          if (options.keepState) this.syncedUpdate = message.update.slice();
          resolve();
        }
      });
    });
    this.closed = new Promise((resolve) => this.ws.once('close', () => resolve()));
    // A rejection nobody awaits (a close long after sync) must not crash the driver.
    this.synced.catch(() => {});
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  sendUpdate(update: Uint8Array): void {
    this.ws.send(this.access.dialect.update(this.access.room, update));
  }

  sendAwareness(awarenessUpdate: Uint8Array): void {
    this.ws.send(this.access.dialect.awareness(this.access.room, awarenessUpdate));
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.terminate();
    });
  }
}

/** Opens one client per entry, `concurrency` handshakes at a time, and waits until every one is synced. */
export async function connectAll(
  accesses: readonly RoomAccess[],
  concurrency = 50,
  options: { keepState?: boolean } = {},
): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let i = 0; i < accesses.length; i += concurrency) {
    const batch = accesses.slice(i, i + concurrency).map((access) => new BenchClient(access, options));
    clients.push(...batch);
    await Promise.all(batch.map((client) => client.synced));
  }
  return clients;
}

export async function closeAll(clients: readonly BenchClient[]): Promise<void> {
  await Promise.all(clients.map((client) => client.close()));
}
