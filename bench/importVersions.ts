/**
 * `pnpm bench:versions`: how long importing the demo profile as a Word file
 * takes (target under 2 s) and comparing two versions of the demo (target
 * under 300 ms), on a server started in this process (memory store).
 *
 * - import: `POST /api/consultations/import` of the demo profile as DOCX,
 *   written by the export's own writer (`profileDocx`, clean, via
 *   `packages/import/test/exportedProfile.ts`), from the request to the
 *   201; and the parse alone (`importProfile`).
 * - compare: `GET .../versions/compare` between two saved versions of the
 *   demo 20 edited indicators apart, and `current`; and the pure path
 *   (decode both states, `readDraftContent` twice, `compareContents`).
 *
 * Median, min and max of the timed runs, after one warm-up each.
 */
import { findIndicator, replaceTextUpdate } from '@roundtable/draft';
import { createDraftUpdate } from '@roundtable/editor';
import { importProfile } from '@roundtable/import';
import { demoConsultation, draftRoomOf, ROLES } from '@roundtable/profile';
import { compareContents, readDraftContent } from '@roundtable/versions';
import * as Y from 'yjs';
import { exportedDocx } from '../packages/import/test/exportedProfile.ts';
import { silentLogger } from '../server/src/log.ts';
import { startRoundtable } from '../server/src/startRoundtable.ts';
import { createMemoryBackend } from '../server/src/storage/createMemoryBackend.ts';

const RUNS = 7;

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function time(runs: number, run: () => Promise<unknown> | unknown): Promise<number[]> {
  await run();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    out.push(performance.now() - start);
  }
  return out.sort((a, b) => a - b);
}

function report(what: string, ms: number[], targetMs: number): void {
  const median = ms[Math.floor(ms.length / 2)] ?? Number.NaN;
  const verdict = median < targetMs ? '✅' : '❌';
  print(
    `${what.padEnd(58)} median ${median.toFixed(1).padStart(7)} ms  (min ${ms[0]?.toFixed(1)}, max ${ms.at(-1)?.toFixed(1)}, n=${ms.length})  target < ${targetMs} ms ${verdict}`,
  );
}

const server = await startRoundtable({
  backend: createMemoryBackend(),
  logger: silentLogger,
  clientDist: '/nonexistent',
  roomUnloadGraceMs: 60_000,
});
const headers = { authorization: `Bearer ${server.adminToken}` };
try {
  const docx = await exportedDocx(demoConsultation);
  print(
    `demo profile as DOCX: ${(docx.length / 1024).toFixed(0)} KB, ${demoConsultation.indicators.length} indicators`,
  );
  report('import: parse the DOCX (importProfile)', await time(RUNS, () => importProfile(docx, 'demo.docx')), 2_000);
  let imported = '';
  const viaHttp = await time(RUNS, async () => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(docx)]), 'demo.docx');
    const res = await fetch(`${server.url}/api/consultations/import`, { method: 'POST', headers, body: form });
    if (res.status !== 201) throw new Error(`import answered ${res.status}: ${await res.text()}`);
    imported = ((await res.json()) as { id: string }).id;
  });
  report('import: POST /api/consultations/import, request to 201', viaHttp, 2_000);

  // Two versions of the demo 20 indicators apart, saved by a facilitator.
  const id = 'bench-versions';
  await fetch(`${server.url}/api/consultations`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ id, seed: 'demo' }),
  });
  const invited = await fetch(`${server.url}/api/consultations/${id}/invitations`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench facilitator', organisation: 'iom-veloria', role: ROLES[0] }),
  });
  const { token } = (await invited.json()) as { token: string };
  const as = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const saveVersion = async (name: string) =>
    (
      (await (
        await fetch(`${server.url}/api/consultations/${id}/versions`, {
          method: 'POST',
          headers: as,
          body: JSON.stringify({ name }),
        })
      ).json()) as { id: string }
    ).id;
  const a = await saveVersion('A');
  const edited = demoConsultation.indicators.slice(0, 20).map((i) => i.id);
  await server.rooms.withRoom(draftRoomOf(id), async (room) => {
    for (const indicatorId of edited) {
      await room.applyServerUpdate((doc, client) => {
        const indicator = findIndicator(doc, indicatorId);
        if (indicator === undefined) throw new Error(`no indicator ${indicatorId}`);
        const paragraph = (indicator.toDelta() as { insert: unknown }[])[0]?.insert as Y.XmlText;
        return replaceTextUpdate(doc, paragraph, 1, 12, 'Rewritten in the meeting, ', client);
      });
    }
  });
  const b = await saveVersion('B');
  const compare = (to: string) => async () => {
    const res = await fetch(`${server.url}/api/consultations/${id}/versions/compare?from=${a}&to=${to}`, { headers });
    const body = (await res.json()) as { indicators: unknown[] };
    if (body.indicators.length !== edited.length) throw new Error(`compare found ${body.indicators.length} changes`);
  };
  report('compare: GET .../versions/compare, version to version', await time(RUNS * 3, compare(b)), 300);
  report('compare: GET .../versions/compare, version to current', await time(RUNS * 3, compare('current')), 300);

  const stateA = Y.encodeStateAsUpdate(loaded(createDraftUpdate(demoConsultation)));
  const stateB = await server.rooms.withRoom(draftRoomOf(id), (room) => Y.encodeStateAsUpdate(room.doc));
  report(
    'compare: decode + readDraftContent x2 + compareContents (pure)',
    await time(RUNS * 3, () => compareContents(readDraftContent(loaded(stateA)), readDraftContent(loaded(stateB)))),
    300,
  );
  if (imported === '') throw new Error('nothing imported');
} finally {
  await server.close();
}

function loaded(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}
