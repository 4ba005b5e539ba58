/**
 * `pnpm bench`: every workload of issue 6 against Roundtable (durable, embedded
 * store), @y/websocket-server and @hocuspocus/server (in memory), each server
 * pinned to CPU 1 and this driver to CPU 0. Prints the results as markdown and
 * writes them to bench/results.md.
 *
 *   pnpm bench                      everything (about 4 minutes)
 *   pnpm bench --only a,d           some workloads
 *   pnpm bench --targets Roundtable some servers
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { measureNoiseFloor } from './calibration/noiseFloor.ts';
import { demoHistory } from './demoHistory.ts';
import { pinToDriverCpu } from './pinToDriverCpu.ts';
import { machineHeader } from './report/machineHeader.ts';
import { hocuspocus, yWebsocketServer } from './targets/peers.ts';
import { roundtable } from './targets/roundtable.ts';
import { sections } from './workloads/index.ts';
import type { BenchDocuments } from './workloads/Workload.ts';

await pinToDriverCpu();

const { values } = parseArgs({ options: { only: { type: 'string' }, targets: { type: 'string' } } });
const only = values.only?.split(',');
const kinds = [roundtable, yWebsocketServer, hocuspocus].filter(
  (k) => !values.targets || values.targets.split(',').includes(k.name),
);
const progress = (line: string) => process.stderr.write(`${line}\n`);

const started = performance.now();
const documents = benchDocuments();
const before = await measureNoiseFloor();
const parts: string[] = [];
for (const s of sections) {
  if (only && !only.includes(s.id)) continue;
  parts.push(await s.run(kinds, documents, progress));
}
parts.unshift(machineHeader({ before, after: await measureNoiseFloor() }));
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
parts.push(`Whole run: ${minutes} min.\n`);
const markdown = parts.join('\n');
process.stdout.write(markdown);
// A partial run would overwrite the full table with a fragment of it.
if (!values.only && !values.targets) writeFileSync(new URL('./results.md', import.meta.url), markdown);

function benchDocuments(): BenchDocuments {
  const history = demoHistory();
  const doc = new Y.Doc();
  for (const update of history) Y.applyUpdate(doc, update);
  return { history, state: Y.encodeStateAsUpdate(doc) };
}
