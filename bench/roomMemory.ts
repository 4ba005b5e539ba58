/**
 * What a loaded room keeps in memory, in process: the demo draft after
 * 10,000 edits (see draft/draftHistory.ts) stored in the embedded store as
 * 10,000 entries in some rooms and as one snapshot in others, as in (d) of
 * `pnpm bench`; each room is loaded and a joiner without state answered,
 * then, after the room's deferred work and two forced garbage collections,
 * the growth of the JS heap, of external memory (buffers) and of RSS per
 * room, each ÷ the draft's encoded size. Unlike (d), no garbage left
 * uncollected at the time of reading counts. Median and range of `--runs`.
 *   pnpm bench:memory [--runs 3]
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeSyncStep1 } from '@roundtable/protocol';
import * as Y from 'yjs';
import { silentLogger } from '../server/src/log.ts';
import { createEmbeddedBackend } from '../server/src/storage/createEmbeddedBackend.ts';
import { Room } from '../server/src/sync/Room.ts';
import { BenchConsultation } from './draft/BenchConsultation.ts';
import { inProcessJoiner } from './measure/inProcessJoiner.ts';

const ROOMS_EACH = 3;
/** Longer than any deferred work of a room after its first reply. */
const SETTLE_MS = 1_000;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('roomMemory: run with node --expose-gc (pnpm bench:memory does)');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });

const draft = new BenchConsultation('memory', 'demo');
const history = [draft.seed, ...draft.history.edits];
const snapshot = (() => {
  const doc = new Y.Doc();
  for (const update of history) Y.applyUpdate(doc, update);
  return Y.encodeStateAsUpdate(doc);
})();

interface Usage {
  heap: number;
  external: number;
  rss: number;
}

function usage(): Usage {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external, rss: m.rss };
}

/** Loads `count` rooms of each kind and returns the growth per room. */
async function measure(run: number): Promise<Usage> {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-memory-'));
  const backend = createEmbeddedBackend(dir);
  const names = Array.from({ length: 2 * ROOMS_EACH }, (_, i) => `memory-${run}-${i}`);
  for (const [i, name] of names.entries()) {
    if (i < ROOMS_EACH) for (const update of history) await backend.docs.append(name, update);
    else await backend.docs.append(name, snapshot);
  }
  const rooms: Room[] = [];
  const before = usage();
  for (const name of names) {
    const room = new Room(name, { store: backend.docs, bus: null, logger: silentLogger, compactThreshold: 500 });
    await room.load();
    const joiner = inProcessJoiner();
    joiner.receive(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    joiner.attach(room);
    rooms.push(room);
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const after = usage();
  for (const room of rooms) {
    await room.prepareUnload();
    await room.destroy();
  }
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
  const per = (key: keyof Usage) => (after[key] - before[key]) / names.length / snapshot.byteLength;
  return { heap: per('heap'), external: per('external'), rss: per('rss') };
}

const results: Usage[] = [];
for (let run = 0; run < Number(values.runs); run++) results.push(await measure(run));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const cell = (key: keyof Usage) => {
  const xs = results.map((r) => r[key]);
  return `${median(xs).toFixed(2)}× (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
};
process.stdout.write(
  `\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}; ` +
    `${ROOMS_EACH} rooms stored as ${history.length} entries and ${ROOMS_EACH} as one snapshot of ${(snapshot.byteLength / 1024).toFixed(0)} KB, ` +
    `${values.runs} runs\n\n| per loaded room ÷ encoded size | JS heap | external | RSS |\n| --- | --- | --- | --- |\n` +
    `| median (range) | ${cell('heap')} | ${cell('external')} | ${cell('rss')} |\n`,
);
