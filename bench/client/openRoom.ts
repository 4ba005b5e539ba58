import * as Y from 'yjs';
import type { BenchRoom, Target } from '../targets/Target.ts';
import { BenchClient } from './BenchClient.ts';
import { sendAll } from './sendAll.ts';

/**
 * Opens a room with its draft in place and returns its first client, which
 * holds the room open (it receives like any other client; keep it in the
 * room's count). Roundtable seeds the draft itself: this checks the client
 * got exactly the consultation's seed. The peers start empty: this client
 * sends them the identical bytes, as the first client of a room would, so
 * every server holds the same document with the same ids.
 */
export async function openRoom(target: Target, room: BenchRoom): Promise<BenchClient> {
  const holder = new BenchClient(room.access, { keepState: true });
  await holder.synced;
  const seed = room.consultation.seed;
  if (target.seedsDrafts) {
    if (!sameDocument(holder.syncedUpdate, seed)) {
      throw new Error(`${target.name} ${room.access.room}: the draft is not the consultation's seed`);
    }
    return holder;
  }
  const watcher = new BenchClient(room.access);
  try {
    await watcher.synced;
    await sendAll(holder, watcher, [seed]);
  } finally {
    await watcher.close();
  }
  return holder;
}

/** Whether two updates hold the same document (same items, same ids, same deletions). */
function sameDocument(a: Uint8Array | null, b: Uint8Array): boolean {
  if (a === null) return false;
  if (Buffer.from(a).equals(b)) return true;
  const encode = (update: Uint8Array) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    return Buffer.from(Y.encodeStateAsUpdate(doc));
  };
  return encode(a).equals(encode(b));
}
