/**
 * `pnpm exec tsx tests/reliability/walGrowth.ts [seconds] [writers] [intervalMs]`:
 * writers type continuously into one room of the real embedded-store server
 * for `seconds`; prints the WAL file size every 5 s. SQLite's own automatic
 * checkpoint kept it near 4 MB; the checkpoint worker, with its bound, near
 * 41 MB (without the bound it grew without end).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { appendInDraft, typeInDraft } from '../helpers/draftEdits.ts';
import { accessTo, openRoom, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, whenSynced } from '../helpers/providers.ts';
import { startServer } from '../helpers/startServer.ts';

const seconds = Number(process.argv[2] ?? 60);
const writersCount = Number(process.argv[3] ?? 3);
const intervalMs = Number(process.argv[4] ?? 4);
const server = await startServer({ env: TEST_AUTH_ENV });
const walSize = () => {
  try {
    return statSync(join(server.dataDir, 'roundtable.db-wal')).size;
  } catch {
    return 0;
  }
};
const { room, params } = await openRoom(accessTo(server), 'walgrowth');
const writers = Array.from({ length: writersCount }, () => connectPeer(server.wsUrl, room, { params }));
await Promise.all(writers.map((p) => whenSynced(p, 30_000)));
typeInDraft((writers[0] as (typeof writers)[number]).doc, '|');
let counter = 0;
const timers = writers.map((w, i) => setInterval(() => appendInDraft(w.doc, `w${i}-${counter++}|`), intervalMs));
const started = Date.now();
const samples: string[] = [];
while (Date.now() - started < seconds * 1000) {
  await new Promise((r) => setTimeout(r, 5000));
  samples.push(`${Math.round((Date.now() - started) / 1000)}s:${(walSize() / 1e6).toFixed(1)}MB`);
  process.stdout.write(`${samples.at(-1)} (${counter} edits)\n`);
}
for (const t of timers) clearInterval(t);
await new Promise((r) => setTimeout(r, 3000));
process.stdout.write(`3 s after typing stopped: ${(walSize() / 1e6).toFixed(1)} MB\n`);
for (const w of writers) w.destroy();
await server.stop();
process.exit(0);
