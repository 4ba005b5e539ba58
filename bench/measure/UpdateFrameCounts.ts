import type { UpdateListener } from '../client/BenchClient.ts';

/** Sync-update frames one receiver got, and their bytes. */
export interface FrameCount {
  frames: number;
  bytes: number;
}

/** How far receivers that were only counted fall short of the fully checked ones. */
export interface Shortfall {
  /** Counted receivers with fewer update frames or bytes than the reference. */
  receivers: number;
  /** Update frames missing at those receivers, summed. */
  frames: number;
}

/**
 * The cheap check for receivers whose updates are not decoded: only count
 * their sync-update frames and bytes. Every server under test sends a room's
 * readers the same frames (Roundtable merges the updates of a tick into one
 * frame for everyone; the peers relay each update as it came), so once the
 * room is drained every counted receiver must have at least as many frames
 * and bytes as a reference receiver whose every update was matched by
 * (client, clock) in `Deliveries`. A receiver that wrote itself gets fewer
 * (its own updates are not sent back), so writers are never counted here.
 */
export class UpdateFrameCounts {
  private readonly counted: FrameCount[] = [];
  private readonly references: FrameCount[] = [];

  /** A listener that only counts; `reference`: this receiver is also checked exactly, and sets the bar. */
  receiver(options: { reference: boolean; exact?: UpdateListener | undefined }): UpdateListener {
    const count: FrameCount = { frames: 0, bytes: 0 };
    (options.reference ? this.references : this.counted).push(count);
    const exact = options.exact;
    return (update, at) => {
      count.frames++;
      count.bytes += update.byteLength;
      exact?.(update, at);
    };
  }

  /** The counted receivers that got less than the best reference receiver, after the drain. */
  shortfall(): Shortfall {
    const frames = Math.max(0, ...this.references.map((r) => r.frames));
    const bytes = Math.max(0, ...this.references.map((r) => r.bytes));
    let receivers = 0;
    let missing = 0;
    for (const count of this.counted) {
      if (count.frames >= frames && count.bytes >= bytes) continue;
      receivers++;
      missing += Math.max(0, frames - count.frames);
    }
    return { receivers, frames: missing };
  }
}
