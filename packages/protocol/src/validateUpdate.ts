import * as Y from 'yjs';
import { ProtocolError } from './ProtocolError.ts';

/** What an update carries, as far as framing tells. */
export interface UpdateSummary {
  structCount: number;
  deleteRangeCount: number;
  /** The decoded update, for whoever reads it next (so it is decoded once). */
  decoded: ReturnType<typeof Y.decodeUpdate>;
}

/**
 * Checks that bytes decode as a Yjs update (v1) before anything applies them,
 * so a malformed payload is refused instead of half-applied.
 * Throws {@link ProtocolError} with reason `invalid-update`.
 *
 * @example
 * validateUpdate(Uint8Array.of(0, 0)); // { structCount: 0, deleteRangeCount: 0, decoded }
 */
export function validateUpdate(update: Uint8Array): UpdateSummary {
  try {
    const decoded = Y.decodeUpdate(update);
    let deleteRangeCount = 0;
    for (const ranges of decoded.ds.clients.values()) deleteRangeCount += ranges.length;
    return { structCount: decoded.structs.length, deleteRangeCount, decoded };
  } catch (error) {
    throw new ProtocolError('invalid-update', `not a Yjs update: ${(error as Error).message}`);
  }
}
