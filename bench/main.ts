/**
 * `pnpm bench`: every workload of issues 6 and 14 against Roundtable (durable, embedded
 * store), @y/websocket-server and @hocuspocus/server (in memory), each server
 * pinned to CPU 1 and this driver to CPU 0. Prints the results as markdown and
 * writes them to bench/results.md.
 *
 *   pnpm bench                      everything (about 8 minutes)
 *   pnpm bench --only a,d           some workloads
 *   pnpm bench --targets Roundtable some servers
 *   pnpm bench --redis              also Roundtable storing in Redis (AOF everysec): a column SQLite ÷ Redis
 *   pnpm bench --policy-off         also Roundtable with its write policy off (DRAFT_POLICY=off): what the check costs
 *   pnpm bench --no-priority        at normal priority (default: `nice -n -20` when allowed)
 *   pnpm bench --profile prof/      each server writes a V8 CPU profile into prof/ (see tools/topFunctions.ts)
 *   pnpm bench --only g,h --scale 0.2  (g) and (h) with a fifth of their clients: a trial on a busy machine, not figures
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureNoiseFloor, measureWriteFloor } from './calibration/calibrate.ts';
import { DraftLibrary } from './draft/DraftLibrary.ts';
import { machineHeader } from './report/machineHeader.ts';
import { pinDriver } from './scheduling.ts';
import { hocuspocus, yWebsocketServer } from './targets/peers.ts';
import { roundtable, roundtablePolicyOff, roundtableRedis } from './targets/roundtable.ts';
import { PROFILE_ENV } from './targets/spawnPinned.ts';
import { sections } from './workloads/index.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    targets: { type: 'string' },
    'policy-off': { type: 'boolean' },
    redis: { type: 'boolean' },
    'no-priority': { type: 'boolean' },
    profile: { type: 'string' },
    scale: { type: 'string' },
  },
});
if (values.profile) {
  process.env[PROFILE_ENV] = resolve(values.profile);
  mkdirSync(process.env[PROFILE_ENV], { recursive: true });
}
await pinDriver({ raise: !values['no-priority'] });

// A run that hangs must not hold two CPUs of a shared machine: give up well past the expected 10 minutes.
setTimeout(() => {
  process.stderr.write('bench: no result after 20 minutes, giving up\n');
  process.exit(2);
}, 20 * 60_000).unref();
// Exit through process.exit so the servers started so far are killed with the driver.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const scale = values.scale === undefined ? 1 : Number(values.scale);
if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be in (0, 1], not ${values.scale}`);
const only = values.only?.split(',');
const kinds = [
  roundtable,
  ...(values['policy-off'] ? [roundtablePolicyOff] : []),
  ...(values.redis ? [roundtableRedis] : []),
  yWebsocketServer,
  hocuspocus,
].filter((k) => !values.targets || k.role === 'variant' || values.targets.split(',').includes(k.name));
const progress = (line: string) => process.stderr.write(`${line}\n`);

const started = performance.now();
const drafts = new DraftLibrary();
const before = await measureNoiseFloor();
const writeFloor = await measureWriteFloor();
const parts: string[] = [];
for (const s of sections({ scale })) {
  if (only && !only.includes(s.id)) continue;
  parts.push(await s.run(kinds, drafts, progress));
}
parts.unshift(machineHeader({ before, after: await measureNoiseFloor() }, writeFloor));
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
parts.push(`Whole run: ${minutes} min.\n`);
const markdown = parts.join('\n');
process.stdout.write(markdown);
// A partial run would overwrite the full table with a fragment of it.
if (!values.only && !values.targets && scale === 1) writeFileSync(new URL('./results.md', import.meta.url), markdown);
