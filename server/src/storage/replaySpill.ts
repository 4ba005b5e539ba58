import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { DocBus } from '../sync/DocBus.ts';
import type { DocStore } from './DocStore.ts';
import type { UpdateSpill } from './UpdateSpill.ts';

/** How often a replay that found the store unreachable tries again (ms). */
const RETRY_MS = 5_000;

/**
 * Writes to the store what an earlier process spilled during an outage and
 * could not store before it stopped, room by room, then deletes the files.
 * Tries again every 5 s while the store refuses; rooms opened meanwhile read
 * their spill themselves (`StoredLog.load`), and storing an update twice is
 * harmless. Other instances hear of it on the bus.
 *
 * @returns a function that stops the retries.
 */
export function replaySpill(deps: {
  spill: UpdateSpill;
  store: DocStore;
  bus: DocBus | null;
  logger: Logger;
}): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const attempt = async () => {
    let left = 0;
    for (const room of deps.spill.rooms()) {
      const files = deps.spill.seal(room);
      const updates = deps.spill.read(room);
      if (updates.length === 0) {
        deps.spill.remove(files);
        continue;
      }
      try {
        const merged = Y.mergeUpdates(updates);
        await deps.store.append(room, merged);
        deps.bus?.publish(room, { kind: 'update', payload: merged });
        deps.spill.remove(files);
        deps.logger.info('storage.spill-replayed', { room, updates: updates.length });
      } catch (error) {
        left++;
        deps.logger.warn('storage.spill-replay-failed', { room, error });
      }
    }
    if (left > 0 && !stopped) {
      timer = setTimeout(() => void attempt(), RETRY_MS);
      timer.unref();
    }
  };
  void attempt();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
