import type { UpdateListener } from '../client/BenchClient.ts';

/** Sync-update frames one receiver got, and their payload bytes. */
export interface FrameCount {
  updateFrames: number;
  updateBytes: number;
}

/** How far receivers that were only counted fall short of the fully checked ones. */
export interface Shortfall {
  /** Counted receivers with fewer update frames or bytes than the reference. */
  receivers: number;
  /** Update frames missing at those receivers, summed. */
  frames: number;
}

/**
 * The cheap check for receivers whose updates are not decoded: only their
 * sync-update frames and bytes are counted. Every server under test sends a
 * room's readers the same frames (Roundtable merges the updates of a tick
 * into one frame for everyone; the peers relay each update as it came), so
 * once the room is drained every counted receiver must have at least as many
 * frames and bytes as a reference receiver whose every update was matched by
 * (client, clock) in `Deliveries`. A receiver that writes gets fewer (its own
 * updates are not sent back), so writers are neither counted nor references.
 */
export class UpdateFrameCounts {
  private readonly counted: FrameCount[] = [];
  private readonly references: FrameCount[] = [];

  /** A reference receiver's listener: counts, then hands the update on to `exact`. */
  reference(exact: UpdateListener): UpdateListener {
    const count: FrameCount = { updateFrames: 0, updateBytes: 0 };
    this.references.push(count);
    return (update, at) => {
      count.updateFrames++;
      count.updateBytes += update.byteLength;
      exact(update, at);
    };
  }

  /** A receiver that counts for itself; its counts are read at {@link shortfall}, from zero now. */
  count(receiver: FrameCount): void {
    receiver.updateFrames = 0;
    receiver.updateBytes = 0;
    this.counted.push(receiver);
  }

  /** The counted receivers that got less than the best reference receiver, after the drain. */
  shortfall(): Shortfall {
    const frames = Math.max(0, ...this.references.map((r) => r.updateFrames));
    const bytes = Math.max(0, ...this.references.map((r) => r.updateBytes));
    let receivers = 0;
    let missing = 0;
    for (const count of this.counted) {
      if (count.updateFrames >= frames && count.updateBytes >= bytes) continue;
      receivers++;
      missing += Math.max(0, frames - count.updateFrames);
    }
    return { receivers, frames: missing };
  }
}
