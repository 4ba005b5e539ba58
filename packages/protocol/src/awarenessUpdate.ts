import * as decoding from 'lib0/decoding';
import { utf8Length, varUintSize, writeVarString, writeVarUint } from './exactEncoding.ts';
import { MessageType } from './messageTypes.ts';
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

/** Encodes entries in the y-protocols awareness update layout, in one buffer of its exact size. */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const stateBytes = entries.map((entry) => utf8Length(entry.state));
  const update = new Uint8Array(awarenessUpdateSize(entries, stateBytes));
  writeEntries(update, 0, entries, stateBytes);
  return update;
}

/**
 * `encodeAwareness(encodeAwarenessUpdate(entries))`, the frame a server
 * relays, byte for byte, written once into one buffer (see `exactEncoding.ts`).
 */
export function encodeAwarenessFrame(entries: readonly AwarenessEntry[]): Uint8Array {
  const stateBytes = entries.map((entry) => utf8Length(entry.state));
  const size = awarenessUpdateSize(entries, stateBytes);
  const frame = new Uint8Array(varUintSize(MessageType.Awareness) + varUintSize(size) + size);
  writeEntries(frame, writeVarUint(frame, writeVarUint(frame, 0, MessageType.Awareness), size), entries, stateBytes);
  return frame;
}

function awarenessUpdateSize(entries: readonly AwarenessEntry[], stateBytes: readonly number[]): number {
  let size = varUintSize(entries.length);
  entries.forEach((entry, i) => {
    const bytes = stateBytes[i] ?? 0;
    size += varUintSize(entry.clientId) + varUintSize(entry.clock) + varUintSize(bytes) + bytes;
  });
  return size;
}

function writeEntries(
  target: Uint8Array,
  start: number,
  entries: readonly AwarenessEntry[],
  stateBytes: readonly number[],
): void {
  let pos = writeVarUint(target, start, entries.length);
  entries.forEach((entry, i) => {
    pos = writeVarUint(target, pos, entry.clientId);
    pos = writeVarUint(target, pos, entry.clock);
    pos = writeVarString(target, pos, entry.state, stateBytes[i] ?? 0);
  });
}
