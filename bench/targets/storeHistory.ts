import { createEmbeddedBackend } from '../../server/src/storage/createEmbeddedBackend.ts';
import type { BenchRoom } from './Target.ts';

/**
 * Writes a draft's history into Roundtable's embedded store, before the
 * server has opened the room: the consultation's seed and its edits as
 * separate entries, or the whole as one compacted snapshot, the way the
 * server itself stores them. Nothing here bypasses the write policy in
 * substance: the seed is the one the server makes for this consultation,
 * and every edit was accepted by `checkDraftUpdate` for a participant when
 * the history was built (see `draftHistory`). SQLite in WAL mode lets the
 * driver write while the server has the file open.
 */
export async function storeHistory(dataDir: string, room: BenchRoom, compacted: boolean): Promise<void> {
  const { seed, history } = room.consultation;
  const backend = createEmbeddedBackend(dataDir);
  try {
    if (compacted) {
      const through = await backend.docs.append(room.access.room, history.state);
      await backend.docs.compact(room.access.room, history.state, through);
    } else {
      for (const update of [seed, ...history.edits]) await backend.docs.append(room.access.room, update);
    }
  } finally {
    await backend.close();
  }
}
