/**
 * Cold load of a demo-sized draft stored as 10,000 uncompacted updates (the
 * seed and 9,999 edits the write policy accepts, see draft/draftHistory.ts),
 * and after compaction, for the embedded store and for Redis: time until
 * the first joiner's sync step 2 is sent (the room loaded and a joiner
 * without state answered), wall clock and this thread's CPU, median and
 * range of 7 loads. Prints a table.
 *   pnpm bench:coldload
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSyncStep1 } from '@roundtable/protocol';
import * as Y from 'yjs';
import { silentLogger } from '../server/src/log.ts';
import type { Backend } from '../server/src/storage/Backend.ts';
import { createEmbeddedBackend } from '../server/src/storage/createEmbeddedBackend.ts';
import { createRedisBackend } from '../server/src/storage/redis/createRedisBackend.ts';
import { Room } from '../server/src/sync/Room.ts';
import { startRedis } from '../tests/helpers/redisServer.ts';
import { BenchConsultation } from './draft/BenchConsultation.ts';
import { inProcessJoiner } from './measure/inProcessJoiner.ts';

const RUNS = 7;
const draft = new BenchConsultation('coldload', 'demo');

const EMPTY_STEP_ONE = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Loads the room and answers a joiner without state, as the websocket route does; wall and CPU ms per run. */
async function timeLoad(backend: Backend, name: string): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const room = new Room(name, {
      store: backend.docs,
      bus: null,
      logger: silentLogger,
      compactThreshold: Number.POSITIVE_INFINITY,
    });
    let answered = 0;
    const joiner = inProcessJoiner(() => answered++);
    joiner.receive(EMPTY_STEP_ONE);
    const [startWall, startCpu] = [performance.now(), cpuMs()];
    await room.load();
    joiner.attach(room);
    wall.push(performance.now() - startWall);
    cpu.push(cpuMs() - startCpu);
    if (answered === 0) throw new Error('the joiner was not answered');
    await room.destroy();
  }
  return { wall, cpu };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const spread = ({ wall, cpu }: { wall: number[]; cpu: number[] }) =>
  `${median(wall).toFixed(1)} ms (${Math.min(...wall).toFixed(0)}–${Math.max(...wall).toFixed(0)}), CPU ${median(cpu).toFixed(1)} ms`;

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
  const uncompacted = await timeLoad(backend, name);
  const stored = await backend.docs.load(name);
  if (!stored.through) throw new Error('nothing stored');
  // What the server stores when it compacts: the document's state (merging 10,000 updates takes seconds).
  await backend.docs.compact(name, encoded, stored.through);
  const compacted = await timeLoad(backend, name);
  return [
    label,
    String(history.length),
    `${(encoded.byteLength / 1024).toFixed(0)} KB`,
    spread(uncompacted),
    spread(compacted),
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
  const header = [
    'store',
    'updates',
    'document',
    `first reply, uncompacted (median of ${RUNS}, range)`,
    'first reply, compacted',
  ];
  process.stdout.write(
    `\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} × ${cpus()[0]?.model.trim()}, ` +
      `Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}\n`,
  );
  process.stdout.write(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n`);
  for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
} finally {
  await redis.destroy();
  rmSync(dir, { recursive: true, force: true });
}
