/**
 * Which other instances hold one room, as this instance knows it, so that
 * an instance alone with a room publishes nothing (each publish costs a
 * round trip to Redis and a message every subscriber must read, the
 * publisher's own subscriber included).
 *
 * The handshake, on the room's channel (every message names its sender):
 *
 * - `announce(nonce)`: sent by an instance after its subscription to the
 *   channel is confirmed (when it loads the room, and again after its
 *   subscriber connection came back). The announcer publishes everything
 *   from BEFORE sending it until the handshake ends.
 * - `ack(announcer, nonce)`: an instance holding the room answers an
 *   announce. BEFORE answering it adds the announcer to its peers (it
 *   publishes every later update), and after answering it catches up from
 *   the store (the announcer may have stored updates it did not publish).
 * - `leave`: sent after unsubscribing; the others drop the sender.
 *
 * The announcer counts the receivers of its announce (`SPUBLISH` returns
 * how many subscribers got it, itself included) and waits for its own echo
 * and an ack from each of the others, or a timeout; only then does it read
 * the store (on load) or catch up (after a reconnect).
 *
 * Why no update is lost. An instance decides to publish update `u` or not
 * synchronously, right after `u` is stored. Take holder A and newcomer B,
 * subscribed before it announced:
 * - A decided after adding B to its peers: A publishes `u`, and B, already
 *   subscribed, receives it.
 * - A decided before: `u` was stored before A added B, so before A sent its
 *   ack, so before B received the ack and read the store: `u` is in B's read.
 *   If A's ack comes after B's timeout, B catches up when it arrives: the
 *   same argument holds for that read.
 * - B's own updates before A heard the announce: B was publishing all along
 *   (it publishes from before its announce), and A's catch-up after the
 *   announce reads whatever B stored before it.
 * A holder whose subscriber connection dropped may have missed announces:
 * it re-announces (so every holder adds it and catches up), waits for its
 * echo (proof that it is subscribed again), then catches up itself, and
 * from then on publishes always for that room (it cannot know whom it
 * missed). A peer that crashed without `leave` only costs publishes nobody
 * reads.
 */
export class RoomPeers {
  private readonly peers = new Set<string>();
  /** Handshakes in progress: publish everything meanwhile. */
  private announcing = 0;
  /** After a lost subscription: some peers may be unknown, so publish everything. */
  private unsure = false;
  private pending: Handshake | null = null;

  /** True when a message of this room must be published. */
  get mustPublish(): boolean {
    return this.unsure || this.announcing > 0 || this.peers.size > 0;
  }

  /** Other instances known to hold the room. */
  get count(): number {
    return this.peers.size;
  }

  /** From now until `announced` resolves, everything is published. */
  beginAnnounce(nonce: string): void {
    this.announcing++;
    this.pending?.finish();
    this.pending = new Handshake(nonce);
  }

  /**
   * Waits for the echo of announce `nonce` and `expected` acks (the
   * receivers of the announce but this instance), at most `timeoutMs`.
   * True when all came.
   */
  async announced(nonce: string, expected: number, timeoutMs: number): Promise<boolean> {
    const handshake = this.pending;
    if (handshake?.nonce !== nonce) return false;
    try {
      return await handshake.wait(expected, timeoutMs);
    } finally {
      this.announcing--;
      if (this.pending === handshake) this.pending = null;
    }
  }

  /** The subscriber connection was lost: whoever announced meanwhile is unknown. */
  markUnsure(): void {
    this.unsure = true;
  }

  /** Another instance announced: it is a peer from now on (answer it after this). */
  heardAnnounce(from: string): void {
    this.peers.add(from);
  }

  /** Our own announce came back: we are subscribed. */
  heardEcho(nonce: string): void {
    if (this.pending?.nonce === nonce) this.pending.echo();
  }

  /**
   * A peer answered one of our announces. False when no handshake waits
   * for it (it came after the timeout): the caller must catch up.
   */
  heardAck(from: string, nonce: string): boolean {
    this.peers.add(from);
    if (this.pending?.nonce !== nonce) return false;
    this.pending.ack(from);
    return true;
  }

  heardLeave(from: string): void {
    this.peers.delete(from);
  }
}

/** One announce waiting for its echo and its acks. */
class Handshake {
  private readonly acked = new Set<string>();
  private echoed = false;
  private expected = Number.POSITIVE_INFINITY;
  private done: ((complete: boolean) => void) | null = null;
  private over = false;

  constructor(readonly nonce: string) {}

  wait(expected: number, timeoutMs: number): Promise<boolean> {
    this.expected = expected;
    return new Promise<boolean>((resolve) => {
      if (this.over) {
        resolve(false);
        return;
      }
      const timer = setTimeout(() => this.finish(), timeoutMs);
      timer.unref();
      this.done = (complete) => {
        clearTimeout(timer);
        resolve(complete);
      };
      this.check();
    });
  }

  echo(): void {
    this.echoed = true;
    this.check();
  }

  ack(from: string): void {
    this.acked.add(from);
    this.check();
  }

  /** Ends the wait now (timeout, or a newer handshake). */
  finish(): void {
    this.over = true;
    const done = this.done;
    this.done = null;
    done?.(this.echoed && this.acked.size >= this.expected);
  }

  private check(): void {
    if (this.echoed && this.acked.size >= this.expected) this.finish();
  }
}
