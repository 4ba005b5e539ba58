/**
 * Cold load of a demo-sized draft stored as 10,000 uncompacted updates (the
 * seed and 9,999 edits the write policy accepts, see draft/draftHistory.ts),
 * and after compaction, for the embedded store and for Redis. Prints a table.
 *   pnpm bench:coldload
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { silentLogger } from '../server/src/log.ts';
import type { Backend } from '../server/src/storage/Backend.ts';
import { createEmbeddedBackend } from '../server/src/storage/createEmbeddedBackend.ts';
import { createRedisBackend } from '../server/src/storage/redis/createRedisBackend.ts';
import { Room } from '../server/src/sync/Room.ts';
import { startRedis } from '../tests/helpers/redisServer.ts';
import { BenchConsultation } from './draft/BenchConsultation.ts';

const RUNS = 7;
const draft = new BenchConsultation('coldload', 'demo');

async function timeLoad(backend: Backend, name: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const room = new Room(name, {
      store: backend.docs,
      bus: null,
      logger: silentLogger,
      compactThreshold: Number.POSITIVE_INFINITY,
    });
    const start = performance.now();
    await room.load();
    times.push(performance.now() - start);
    await room.destroy();
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function measure(label: string, backend: Backend): Promise<string[]> {
  const history = [draft.seed, ...draft.history.edits];
  const name = `coldload-${Date.now()}`;
  for (const update of history) await backend.docs.append(name, update);
  const encoded = Y.encodeStateAsUpdate(
    (() => {
      const d = new Y.Doc();
      for (const u of history) Y.applyUpdate(d, u);
      return d;
    })(),
  );
  const uncompacted = median(await timeLoad(backend, name));
  const stored = await backend.docs.load(name);
  if (!stored.through) throw new Error('nothing stored');
  await backend.docs.compact(name, Y.mergeUpdates(stored.updates), stored.through);
  const compacted = median(await timeLoad(backend, name));
  return [
    label,
    String(history.length),
    `${(encoded.byteLength / 1024).toFixed(0)} KB`,
    `${uncompacted.toFixed(1)} ms`,
    `${compacted.toFixed(1)} ms`,
  ];
}

const dir = mkdtempSync(join(tmpdir(), 'roundtable-coldload-'));
const redis = await startRedis({ appendOnly: true });
try {
  const embedded = createEmbeddedBackend(dir);
  const redisBackend = await createRedisBackend({ url: redis.url, prefix: 'bench', logger: silentLogger });
  const rows = [await measure('embedded (SQLite)', embedded), await measure('Redis (AOF everysec)', redisBackend)];
  await embedded.close();
  await redisBackend.close();
  const header = ['store', 'updates', 'document', `cold load, uncompacted (median of ${RUNS})`, 'cold load, compacted'];
  process.stdout.write(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n`);
  for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
} finally {
  await redis.destroy();
  rmSync(dir, { recursive: true, force: true });
}
