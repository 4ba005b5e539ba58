/**
 * `pnpm exec tsx tests/reliability/walCrash.ts [rounds]`: kill -9 the real
 * embedded-store server at random moments (the worker checkpoints every
 * second) while three writers type, then check that a FRESH client after the
 * restart holds every mark an observer had seen relayed (the old clients are
 * gone, so none can resend what the server lost). The data folder's path
 * has spaces and non-ASCII characters. Prints the WAL size per round; exits
 * 1 when anything was lost.
 */
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendInDraft, textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { accessTo, openRoom, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';
import { startServer } from '../helpers/startServer.ts';
import { until as waitFor } from '../helpers/until.ts';

const rounds = Number(process.argv[2] ?? 6);
const dataDir = join(tmpdir(), `rt wal ünïcødé ${Date.now()}`, 'dåta dir');
mkdirSync(dataDir, { recursive: true });
const walSize = () => {
  try {
    return statSync(join(dataDir, 'roundtable.db-wal')).size;
  } catch {
    return 0;
  }
};
let failures = 0;
let port = 0;
for (let round = 1; round <= rounds; round++) {
  const server = await startServer({ dataDir, env: TEST_AUTH_ENV, port });
  port = server.port;
  const { room, params } = await openRoom(accessTo(server), 'walcrash');
  const writers = [0, 1, 2].map(() => connectPeer(server.wsUrl, room, { params }));
  const observer = connectPeer(server.wsUrl, room, { params });
  const all: Peer[] = [...writers, observer];
  await Promise.all(all.map((p) => whenSynced(p, 30_000)));
  if (round === 1) {
    typeInDraft((writers[0] as Peer).doc, '|');
    await waitFor(() => textAt(observer.doc).includes('|'), 'first text');
  }
  const marksIn = (text: string) => text.match(/r\d+w\d-\d+/g) ?? [];
  const seen = new Set<string>();
  observer.doc.on('update', () => {
    for (const m of marksIn(textAt(observer.doc))) seen.add(m);
  });
  let counter = 0;
  const timers = writers.map((w, i) => setInterval(() => appendInDraft(w.doc, `r${round}w${i}-${counter++}|`), 4));
  let maxWal = 0;
  const sampler = setInterval(() => (maxWal = Math.max(maxWal, walSize())), 50);
  const typeMs = 800 + Math.floor(Math.random() * 3000);
  await new Promise((r) => setTimeout(r, typeMs));
  await server.kill();
  for (const t of timers) clearInterval(t);
  clearInterval(sampler);
  const received = [...seen];
  for (const p of all) p.destroy();
  const second = await startServer({ dataDir, env: TEST_AUTH_ENV, port });
  const reader = connectPeer(second.wsUrl, room, { params });
  await whenSynced(reader, 30_000);
  const stored = new Set(marksIn(textAt(reader.doc)));
  const lost = received.filter((m) => !stored.has(m));
  reader.destroy();
  await second.stop();
  if (lost.length > 0) failures++;
  process.stdout.write(
    `round ${round}: typed ${typeMs} ms, ${received.length} marks relayed, ${lost.length} lost ${lost.slice(0, 5).join(' ')}; WAL max ${maxWal} B, after clean stop ${walSize()} B\n`,
  );
}
process.exit(failures > 0 ? 1 : 0);
