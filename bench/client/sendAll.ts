import * as Y from 'yjs';
import type { BenchClient } from './BenchClient.ts';

/**
 * Sends `updates` through `sender`, in order and without waiting between
 * them, and resolves once `watcher` (another client of the same room) has
 * received every (client, clock) they carry: the server has applied them
 * all, however it batched or merged them on the way. Rejects when either
 * socket closes first (for Roundtable: the write policy refused something,
 * and the reason is in the error).
 */
export async function sendAll(
  sender: BenchClient,
  watcher: BenchClient,
  updates: readonly Uint8Array[],
): Promise<void> {
  const expected = new Map<number, number>();
  for (const update of updates) {
    for (const [client, to] of Y.parseUpdateMeta(update).to)
      expected.set(client, Math.max(expected.get(client) ?? 0, to));
  }
  const seen = new Map<number, number>();
  const missing = () => [...expected].some(([client, to]) => (seen.get(client) ?? 0) < to);
  const previous = watcher.onUpdate;
  try {
    await new Promise<void>((resolve, reject) => {
      watcher.onUpdate = (update) => {
        for (const [client, to] of Y.parseUpdateMeta(update).to) seen.set(client, Math.max(seen.get(client) ?? 0, to));
        if (!missing()) resolve();
      };
      const closed = (client: BenchClient, role: string) => () =>
        reject(new Error(`sendAll: the ${role} was closed: ${client.closeCode} ${client.closeReason}`));
      void sender.closed.then(closed(sender, 'sender'));
      void watcher.closed.then(closed(watcher, 'watcher'));
      for (const update of updates) sender.sendUpdate(update);
      if (updates.length === 0) resolve();
    });
  } finally {
    watcher.onUpdate = previous;
  }
}
