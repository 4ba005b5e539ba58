import { createEmbeddedBackend } from '../../server/src/storage/createEmbeddedBackend.ts';

/**
 * Writes a document's history into Roundtable's embedded store as separate
 * entries, or as one compacted snapshot, the way the server itself stores them.
 * SQLite in WAL mode lets the driver write while the server has the file open.
 */
export async function storeHistory(
  dataDir: string,
  room: string,
  document: { history: readonly Uint8Array[]; state: Uint8Array },
  compacted: boolean,
): Promise<void> {
  const backend = createEmbeddedBackend(dataDir);
  try {
    if (compacted) {
      const through = await backend.docs.append(room, document.state);
      await backend.docs.compact(room, document.state, through);
    } else {
      for (const update of document.history) await backend.docs.append(room, update);
    }
  } finally {
    await backend.close();
  }
}
