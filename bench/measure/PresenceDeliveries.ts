import { decodeAwarenessUpdate } from '@roundtable/protocol';
import type { AwarenessListener } from '../client/BenchClient.ts';

/** What one receiver has heard of everyone's presence. */
interface Heard {
  /** The receiver's own awareness client id: its own states are not deliveries. */
  own: number;
  /** Highest clock heard per client id. */
  clocks: Map<number, number>;
  /** Distinct (client id, clock) states heard from others. */
  count: number;
}

/**
 * Matches the presence states receivers hear against what clients sent, by
 * (client id, clock): every state a client sent must reach every other
 * client of the room, however the server batches them into frames.
 * Latencies are kept for states sent inside the measured window.
 */
export class PresenceDeliveries {
  windowStart = Number.POSITIVE_INFINITY;
  windowEnd = Number.POSITIVE_INFINITY;
  /** When each client's state with clock c was sent, at index c - 1. */
  private readonly sentAt = new Map<number, number[]>();
  private sentTotal = 0;
  private readonly samples: number[] = [];
  private readonly heard: Heard[] = [];

  /** Pass to `startAwareness` as `onSent`. */
  readonly sent = (clientId: number, clock: number, at: number): void => {
    let times = this.sentAt.get(clientId);
    if (!times) {
      times = [];
      this.sentAt.set(clientId, times);
    }
    times[clock - 1] = at;
    this.sentTotal++;
  };

  /** A listener for the receiver speaking for `own`. */
  receiver(own: number): AwarenessListener {
    const heard: Heard = { own, clocks: new Map(), count: 0 };
    this.heard.push(heard);
    return (update, at) => {
      for (const { clientId, clock, state } of decodeAwarenessUpdate(update)) {
        if (clientId === own || state === 'null') continue;
        const times = this.sentAt.get(clientId);
        const sentAt = times?.[clock - 1];
        if (sentAt === undefined || clock <= (heard.clocks.get(clientId) ?? 0)) continue;
        heard.clocks.set(clientId, clock);
        heard.count++;
        if (sentAt >= this.windowStart && sentAt < this.windowEnd) this.samples.push(at - sentAt);
      }
    };
  }

  /** States sent by others that a receiver never heard, summed over receivers. */
  undelivered(): number {
    let missing = 0;
    for (const { own, count } of this.heard) {
      const others = this.sentTotal - (this.sentAt.get(own)?.length ?? 0);
      missing += others - count;
    }
    return missing;
  }

  /** Latencies of states sent in the window, sorted ascending (ms). */
  latencies(): Float64Array {
    return Float64Array.from(this.samples).sort();
  }
}
