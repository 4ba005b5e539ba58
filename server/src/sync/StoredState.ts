import { encodeSyncStep2 } from '@roundtable/protocol';
import * as Y from 'yjs';
import { isCovered } from './carriesNewContent.ts';
import type { DecodedUpdate } from './UpdateCheck.ts';

/**
 * A room's stored document kept as bytes instead of in a Y.Doc: one update
 * holding everything the store had when the room loaded. A Y.Doc of the
 * demo draft takes about 12× its encoded size in heap and 14–35 ms of CPU
 * to build; a room nobody writes to needs neither. The bytes are kept once,
 * inside the sync step 2 frame that answers joiners without state.
 */
export class StoredState {
  /** Sync step 2 carrying the whole stored state: what a joiner without state is sent. */
  readonly frame: Uint8Array;
  /** The stored state as one Yjs update (a view into `frame`). */
  readonly update: Uint8Array;
  private stateVectorBytes: Uint8Array | null = null;
  private clocks: Map<number, number> | null = null;
  private deleted: Map<number, { clock: number; len: number }[]> | null = null;

  constructor(update: Uint8Array) {
    this.frame = encodeSyncStep2(update);
    this.update = this.frame.subarray(this.frame.byteLength - update.byteLength);
  }

  /** The stored state's state vector, encoded (read from the bytes once, about 5 ms for the demo draft). */
  get stateVector(): Uint8Array {
    this.stateVectorBytes ??= Y.encodeStateVectorFromUpdate(this.update);
    return this.stateVectorBytes;
  }

  /**
   * Whether the kept bytes decode as an update, read once and cached (the
   * state vector is needed for the first joiner anyway). A store's entry
   * kept alone is not applied anywhere before joiners are sent it: one that
   * does not decode must go through `StoredLog.mergeStored` instead, which
   * logs and skips it as it does in a longer log.
   */
  get isReadable(): boolean {
    try {
      return this.stateVector.byteLength > 0;
    } catch {
      return false;
    }
  }

  /**
   * Whether `update` adds nothing to the stored state: every struct it
   * carries is below the stored clocks and every range it deletes is
   * deleted there. What a client answers to the server's sync step 1 right
   * after it received the stored state (its whole delete set) is such an
   * update; dropping it keeps the document unbuilt. False when the kept
   * bytes' delete set does not decode (the room then builds the document,
   * which skips what it cannot read).
   */
  holds(update: DecodedUpdate): boolean {
    try {
      return this.holdsDecoded(update);
    } catch {
      return false;
    }
  }

  private holdsDecoded(update: DecodedUpdate): boolean {
    this.clocks ??= Y.decodeStateVector(this.stateVector);
    for (const struct of update.structs) {
      if (struct instanceof Y.Skip) continue;
      if (struct.id.clock + struct.length > (this.clocks.get(struct.id.client) ?? 0)) return false;
    }
    if (update.ds.clients.size === 0) return true;
    // A snapshot's delete set lists every deleted item (garbage-collected ones included), sorted and merged.
    this.deleted ??= Y.decodeUpdate(this.update).ds.clients;
    for (const [client, ranges] of update.ds.clients) {
      const known = this.deleted.get(client) ?? [];
      for (const range of ranges) if (!isCovered(known, range.clock, range.clock + range.len)) return false;
    }
    return true;
  }
}
