import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ProtocolError } from './ProtocolError.ts';

/** One client's entry in an awareness update. `state` is the raw JSON text. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** JSON text of the state; the literal `null` means the client left. */
  state: string;
}

const MAX_ENTRIES = 10_000;

/**
 * Reads an encoded awareness update (y-protocols/awareness layout) without
 * parsing states, so a server can route presence without building objects.
 * Throws {@link ProtocolError} with reason `invalid-awareness` on bad input.
 */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_ENTRIES) throw new Error('too many entries');
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
    for (const entry of entries) JSON.parse(entry.state);
    return entries;
  } catch (error) {
    throw new ProtocolError('invalid-awareness', `invalid awareness update: ${(error as Error).message}`);
  }
}

/** Encodes entries in the y-protocols awareness update layout. */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
