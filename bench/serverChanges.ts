/**
 * `pnpm bench:changes`: how fast the server's own changes reach a connected
 * person, on the real server process (embedded store) with the demo draft:
 * an indicator status set over the API, a spotlight move, and proposed
 * wording applied by resolving a thread as accepted. Each is timed from the
 * request to the moment an official y-websocket client holds the change,
 * first with no threads, then with `--threads` (default 2,000) threads in the
 * consultation, so a cost that grows with the threads shows.
 *
 *   pnpm bench:changes                 200 status changes, 200 spotlight moves, 40 applied wordings, twice
 *   pnpm bench:changes --threads 500   another thread count for the second pass
 */
import { parseArgs } from 'node:util';
import { attributeOf, draftRoot, encodeAnchorPosition, findIndicator, walkContent } from '@roundtable/draft';
import { readSpotlight } from '@roundtable/meeting';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { api, createConsultation, invite, TEST_AUTH_ENV } from '../tests/helpers/members.ts';
import { startServer } from '../tests/helpers/startServer.ts';
import { quantile } from './measure/quantile.ts';

const { values } = parseArgs({ options: { threads: { type: 'string' } } });
const THREADS = Number(values.threads ?? 2_000);
const ID = 'changes';
const STATUSES = ['under-discussion', 'agreed', 'contested', 'deferred', 'agreed-with-changes'] as const;

// One participant opens all the threads, far faster than a person could (the limit per person is 60 a minute).
const server = await startServer({ env: { ...TEST_AUTH_ENV, RATE_LIMIT_POSTS_PER_MINUTE: '1000000' } });
const access = { url: server.url, adminToken: TEST_AUTH_ENV.ADMIN_TOKEN };
await createConsultation(access, { id: ID, seed: 'demo', title: 'Server changes' });
const facilitator = (await invite(access, ID, { role: 'facilitator' })).token;
const participant = (await invite(access, ID, { role: 'participant' })).token;

function follow(room: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: participant },
  });
  return new Promise((resolve) => provider.once('sync', () => resolve(doc)));
}
const draft = await follow(`${ID}:draft`);
const meeting = await follow(`${ID}:meeting`);
const indicatorIds: string[] = [];
for (const block of draftRoot(draft).toDelta() as { insert: unknown }[]) {
  if (block.insert instanceof Y.XmlText) {
    const id = attributeOf(block.insert, '__indicatorId');
    if (typeof id === 'string') indicatorIds.push(id);
  }
}

/** Milliseconds from `act` until `arrived` holds on the follower's document. */
async function timeUntil(doc: Y.Doc, act: () => Promise<unknown>, arrived: () => boolean): Promise<number> {
  const start = performance.now();
  const seen = new Promise<void>((resolve) => {
    const check = () => {
      if (!arrived()) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
    check();
  });
  await act();
  await seen;
  return performance.now() - start;
}

/** The first word of the finding of `indicatorId`, and an anchor on it. */
function anchorOnFirstWord(indicatorId: string) {
  const indicator = findIndicator(draft, indicatorId);
  if (!indicator) throw new Error(`no indicator ${indicatorId}`);
  for (const piece of walkContent(indicator)) {
    if (piece.kind !== 'text') continue;
    const match = /[A-Za-z]{4,}/.exec(piece.text);
    if (!match) continue;
    const at = piece.index + match.index;
    const position = (i: number, assoc: number) =>
      encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(piece.type, i, assoc));
    return {
      word: match[0],
      anchor: { start: position(at, 0), end: position(at + match[0].length, -1), quote: match[0] },
    };
  }
  throw new Error(`no word in ${indicatorId}`);
}

function line(what: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  return `  ${what.padEnd(22)} n=${String(sorted.length).padStart(3)}  median ${f(quantile(sorted, 0.5))}  p99 ${f(quantile(sorted, 0.99))}  max ${f(sorted.at(-1) ?? 0)}`;
}

async function pass(label: string, wordings: number): Promise<void> {
  const status: number[] = [];
  for (let i = 0; i < 200; i++) {
    const id = indicatorIds[i % indicatorIds.length] as string;
    const next = STATUSES[i % STATUSES.length] as string;
    if (attributeOf(findIndicator(draft, id) as Y.XmlText, '__status') === next) continue;
    status.push(
      await timeUntil(
        draft,
        () =>
          api(server, `/api/consultations/${ID}/indicators/${id}/status`, {
            method: 'PUT',
            token: facilitator,
            body: { status: next },
          }),
        () => attributeOf(findIndicator(draft, id) as Y.XmlText, '__status') === next,
      ),
    );
  }
  const spotlight: number[] = [];
  for (let i = 0; i < 200; i++) {
    const id = indicatorIds[(i * 7) % indicatorIds.length] as string;
    if (readSpotlight(meeting)?.target && JSON.stringify(readSpotlight(meeting)?.target).includes(`"${id}"`)) continue;
    spotlight.push(
      await timeUntil(
        meeting,
        () =>
          api(server, `/api/consultations/${ID}/spotlight`, {
            method: 'PUT',
            token: facilitator,
            body: { indicatorId: id },
          }),
        () => JSON.stringify(readSpotlight(meeting) ?? null).includes(`"${id}"`),
      ),
    );
  }
  const wording: number[] = [];
  for (let i = 0; i < wordings; i++) {
    const id = indicatorIds[(i * 3 + (label.length % 3)) % indicatorIds.length] as string;
    const { word, anchor } = anchorOnFirstWord(id);
    const proposed = `${word}X${i}`;
    const opened = await api(server, `/api/consultations/${ID}/threads`, {
      method: 'POST',
      token: participant,
      body: { indicatorId: id, type: 'editorial', body: 'wording', proposedText: proposed, anchor },
    });
    if (opened.status !== 201) throw new Error(`thread: ${opened.status} ${JSON.stringify(opened.body)}`);
    const finding = () => JSON.stringify(findIndicator(draft, id)?.toJSON() ?? '');
    wording.push(
      await timeUntil(
        draft,
        () =>
          api(server, `/api/consultations/${ID}/threads/${opened.body.id}/resolve`, {
            method: 'POST',
            token: facilitator,
            body: { outcome: 'accepted', response: 'Applied.', applyProposal: true },
          }),
        () => finding().includes(proposed),
      ),
    );
  }
  process.stdout.write(
    `${label}\n${line('status change', status)}\n${line('spotlight move', spotlight)}\n${line('applied wording', wording)}\n`,
  );
}

try {
  await pass('no threads', 40);
  const started = performance.now();
  for (let made = 0; made < THREADS; made += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, THREADS - made) }, (_, k) =>
        api(server, `/api/consultations/${ID}/threads`, {
          method: 'POST',
          token: participant,
          body: {
            indicatorId: indicatorIds[(made + k) % indicatorIds.length],
            type: 'question',
            body: `Question ${made + k}?`,
          },
        }),
      ),
    );
  }
  process.stdout.write(`(${THREADS} threads opened in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  await pass(`${THREADS} threads`, 40);
} finally {
  await server.stop();
}
process.exit(0);
