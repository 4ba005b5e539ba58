import * as Y from 'yjs';
import type { UpdateListener } from '../client/BenchClient.ts';
import type { Writer } from './Writer.ts';

/** What one receiver has of one writer's updates. */
interface Progress {
  writer: Writer;
  /** Clock up to which the receiver holds every item of the writer. */
  have: number;
  /** Index of the writer's first update not yet delivered (or counted missed). */
  next: number;
  /** Updates skipped by a gap: the receiver got later clocks without them. */
  missed: number;
}

/**
 * Matches what receivers get against what writers sent, by (client, clock):
 * a writer's update is delivered to a receiver once the receiver holds every
 * clock it carries. A frame may carry several updates merged; only its
 * metadata is decoded. Latencies are kept for updates sent inside the
 * measured window.
 */
export class Deliveries {
  windowStart = Number.POSITIVE_INFINITY;
  windowEnd = Number.POSITIVE_INFINITY;
  private readonly samples: number[] = [];
  private readonly progress: Progress[] = [];

  /** A listener for one receiver in a room written by `writers`; `own` is the receiver's own writer, if any. */
  receiver(writers: readonly Writer[], own: Writer | null): UpdateListener {
    const byClient = new Map<number, Progress>();
    for (const writer of writers) {
      if (writer === own) continue;
      const progress: Progress = { writer, have: 0, next: 0, missed: 0 };
      this.progress.push(progress);
      byClient.set(writer.clientId, progress);
    }
    return (update, at) => {
      const meta = Y.parseUpdateMeta(update);
      for (const [client, to] of meta.to) {
        const progress = byClient.get(client);
        if (progress) this.receive(progress, meta.from.get(client) ?? 0, to, at);
      }
    };
  }

  private receive(progress: Progress, from: number, to: number, at: number): void {
    const { writer } = progress;
    if (from > progress.have) {
      // Clocks [have, from) never came: the updates that carry any of them are lost to this receiver.
      while (progress.next < writer.ends.length && startOf(writer, progress.next) < from) {
        progress.next++;
        progress.missed++;
      }
    }
    progress.have = Math.max(progress.have, to);
    while (progress.next < writer.ends.length && (writer.ends[progress.next] as number) <= progress.have) {
      const sentAt = writer.sentAt[progress.next];
      if (sentAt !== undefined && sentAt >= this.windowStart && sentAt < this.windowEnd) this.samples.push(at - sentAt);
      progress.next++;
    }
  }

  /** Deliveries of updates sent in the window, latencies sorted ascending (ms). */
  latencies(): Float64Array {
    return Float64Array.from(this.samples).sort();
  }

  /** Updates some receiver never got, over the whole run (each receiver counts apart). */
  undelivered(): number {
    let missing = 0;
    for (const { writer, next, missed } of this.progress) missing += writer.sentAt.length - next + missed;
    return missing;
  }
}

function startOf(writer: Writer, index: number): number {
  return index === 0 ? 0 : (writer.ends[index - 1] as number);
}
