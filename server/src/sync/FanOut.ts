import type { Connection } from './Connection.ts';
import type { SharedFrame } from './Socket.ts';

/** A frame on its way to every connection of a room. */
interface Outgoing {
  seq: number;
  frame: SharedFrame;
  /** The connection that gets `toExcluded` (or nothing) instead of `frame`. */
  exclude: Connection | null;
  toExcluded: SharedFrame | undefined;
}

/**
 * Connections written to before the loop lets incoming messages in. A write
 * costs about 7–10 µs of server CPU on loopback (most of it the kernel's:
 * bench (g) profile, 2026-12-03), so a chunk is about a millisecond.
 */
const CHUNK = 128;

/**
 * Writes a room's broadcasts to its connections, a chunk at a time, in the
 * order the room's connection set iterates. Between chunks the event loop
 * runs, so the room can take new messages while a broadcast to a large
 * audience is still going out; a frame queued then joins the pass: every
 * connection not yet written to gets both frames in one write, and the ones
 * already written to get the new frame in a second pass that starts as soon
 * as the first ends. Nothing waits on a timer: a room whose broadcasts end
 * before the next message arrives writes each frame as it comes, while a
 * busy hall (1,000 receivers, a write each, frames every few milliseconds)
 * coalesces in proportion to how far behind it is: each connection gets one
 * write per pass, carrying whatever was queued for it. A frame is kept until
 * every connection has had it, so at most about two passes' worth.
 *
 * Every connection receives the frames in the order they were queued. A
 * connection that {@link joined} gets the frames queued after it joined
 * (what was queued before is in its sync step 2); one never announced gets
 * every frame still in flight.
 */
export class FanOut {
  private outgoing: Outgoing[] = [];
  private lastSeq = 0;
  private readonly sentThrough = new Map<Connection, number>();
  /** The pass in progress, if any, as the position in the connections. */
  private pass: Iterator<Connection> | null = null;
  private passTarget = 0;
  private continueScheduled = false;
  /** The same range of frames, chained once for every connection that gets exactly it (by the seq it starts after). */
  private chains = new Map<number, SharedFrame>();
  private disposed = false;

  constructor(private readonly connections: ReadonlySet<Connection>) {}

  /** `connection` is new to the room: it gets the frames queued from now on. */
  joined(connection: Connection): void {
    this.sentThrough.set(connection, this.lastSeq);
  }

  /** `connection` left the room. */
  left(connection: Connection): void {
    this.sentThrough.delete(connection);
  }

  /**
   * Queues `frame` for every connection but `exclude`, which gets
   * `toExcluded` instead when given. Writes the first chunk now.
   */
  send(frame: SharedFrame, exclude: Connection | null, toExcluded?: SharedFrame): void {
    if (this.disposed) return;
    this.outgoing.push({ seq: ++this.lastSeq, frame, exclude, toExcluded });
    this.chains.clear();
    // A pass in progress takes the frame along: whoever it has not reached yet gets it in the same write.
    if (this.pass === null) this.startPass();
  }

  /** How many frames are kept because some connection has not had them yet. */
  get framesInFlight(): number {
    return this.outgoing.length;
  }

  /** Writes everything queued to every connection now (before frames that must not overtake them). */
  flush(): void {
    while (this.pass !== null) this.writeChunk(Number.POSITIVE_INFINITY);
  }

  /** Stops writing (the room is being unloaded). */
  dispose(): void {
    this.disposed = true;
    this.pass = null;
    this.outgoing = [];
    this.sentThrough.clear();
  }

  private startPass(): void {
    this.passTarget = this.lastSeq;
    this.pass = this.connections.values();
    this.writeChunk();
  }

  private readonly continuePass = (): void => {
    this.continueScheduled = false;
    if (this.pass !== null && !this.disposed) this.writeChunk();
  };

  private writeChunk(limit = CHUNK): void {
    const pass = this.pass;
    if (pass === null) return;
    for (let written = 0; written < limit; ) {
      // A write can end the pass from under it: a connection too slow for the room is closed, the room may unload.
      if (this.pass !== pass) return;
      const next = pass.next();
      if (next.done) {
        this.endPass();
        return;
      }
      if (this.writeTo(next.value)) written++;
    }
    if (!this.continueScheduled) {
      this.continueScheduled = true;
      setImmediate(this.continuePass);
    }
  }

  private endPass(): void {
    this.pass = null;
    if (this.lastSeq > this.passTarget) {
      // Every connection has the frames up to the pass's target now (those that joined meanwhile had them
      // from their sync step 2): drop them, or a room that always gets a frame mid-pass keeps them all.
      const first = this.outgoing[0];
      if (first !== undefined) this.outgoing.splice(0, Math.max(0, this.passTarget - first.seq + 1));
      this.chains.clear();
      // The connections written to before the frames queued during the pass still need those.
      this.startPass();
      return;
    }
    this.outgoing = [];
    this.chains.clear();
  }

  /** Writes what `connection` has not had yet in one write; false when it had everything. */
  private writeTo(connection: Connection): boolean {
    const from = this.sentThrough.get(connection) ?? 0;
    if (from >= this.lastSeq) return false;
    this.sentThrough.set(connection, this.lastSeq);
    const first = this.outgoing[0];
    if (first === undefined) return false;
    const start = Math.max(0, from + 1 - first.seq);
    if (start === this.outgoing.length - 1) {
      const only = this.outgoing[start] as Outgoing;
      const frame = only.exclude === connection ? only.toExcluded : only.frame;
      if (frame) connection.sendShared(frame);
      return frame !== undefined;
    }
    const excluded = this.excludesIn(connection, start);
    if (!excluded) {
      let chain = this.chains.get(start);
      if (chain === undefined) {
        chain = chainOf(this.outgoing, start, null) as SharedFrame;
        this.chains.set(start, chain);
      }
      connection.sendShared(chain);
      return true;
    }
    const own = chainOf(this.outgoing, start, connection);
    if (own) connection.sendShared(own);
    return own !== undefined;
  }

  private excludesIn(connection: Connection, start: number): boolean {
    for (let i = start; i < this.outgoing.length; i++) if (this.outgoing[i]?.exclude === connection) return true;
    return false;
  }
}

/**
 * The frames from `start` on as one chain, as `receiver` gets them (null: a
 * receiver none of them excludes); undefined when they are all withheld from it.
 */
function chainOf(outgoing: readonly Outgoing[], start: number, receiver: Connection | null): SharedFrame | undefined {
  const bytes: Uint8Array[] = [];
  for (let i = start; i < outgoing.length; i++) {
    const item = outgoing[i] as Outgoing;
    const frame = receiver !== null && item.exclude === receiver ? item.toExcluded : item.frame;
    for (let f = frame; f; f = f.next) bytes.push(f.bytes);
  }
  let chain: SharedFrame | undefined;
  for (let i = bytes.length - 1; i >= 0; i--) chain = { bytes: bytes[i] as Uint8Array, next: chain };
  return chain;
}
