import * as Y from 'yjs';
import type { UpdateListener } from '../client/BenchClient.ts';
import type { Writer } from './Writer.ts';

interface Receiver {
  writers: readonly Writer[];
  own: Writer | null;
  /** Next clock expected from each writer, by client id. */
  next: Map<number, number>;
}

/**
 * Matches what receivers get against what writers sent, by (client, clock).
 * A frame may carry several updates merged; only its metadata is decoded.
 * Latencies are kept for updates sent inside the measured window.
 */
export class Deliveries {
  windowStart = Number.POSITIVE_INFINITY;
  windowEnd = Number.POSITIVE_INFINITY;
  private readonly samples: number[] = [];
  private readonly receivers: Receiver[] = [];

  /** A listener for one receiver in a room written by `writers`; `own` is the receiver's own writer, if any. */
  receiver(writers: readonly Writer[], own: Writer | null): UpdateListener {
    const byClient = new Map(writers.map((w) => [w.clientId, w]));
    const state: Receiver = { writers, own, next: new Map() };
    this.receivers.push(state);
    return (update, at) => {
      const meta = Y.parseUpdateMeta(update);
      for (const [client, to] of meta.to) {
        const writer = byClient.get(client);
        if (!writer || writer === own) continue;
        const expected = state.next.get(client) ?? 0;
        for (let clock = Math.max(expected, meta.from.get(client) ?? 0); clock < to; clock++) {
          const sentAt = writer.sentAt[clock];
          if (sentAt !== undefined && sentAt >= this.windowStart && sentAt < this.windowEnd)
            this.samples.push(at - sentAt);
        }
        if (to > expected) state.next.set(client, to);
      }
    };
  }

  /** Deliveries of updates sent in the window, latencies sorted ascending (ms). */
  latencies(): Float64Array {
    return Float64Array.from(this.samples).sort();
  }

  /** Updates some receiver never got, over the whole run. */
  undelivered(): number {
    let missing = 0;
    for (const { writers, own, next } of this.receivers) {
      for (const writer of writers) {
        if (writer !== own) missing += Math.max(0, writer.sentAt.length - (next.get(writer.clientId) ?? 0));
      }
    }
    return missing;
  }
}
