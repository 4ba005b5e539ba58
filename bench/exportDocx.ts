/**
 * `pnpm bench:export`: how long exporting the demo profile takes with 500
 * comments, in process, as the export routes do it: read the draft (with the
 * threads' anchors placed) and the threads, then write the file. Prints the
 * median and slowest of several runs for the annotated DOCX (the issue's
 * bound: under 2 s), the clean DOCX, the HTML, the Markdown and the comment
 * matrix as XLSX and CSV.
 *
 *   pnpm bench:export               7 timed runs after one warm-up
 *   pnpm bench:export --runs 15
 */
import { parseArgs } from 'node:util';
import { encodeAnchorPosition, findIndicator, readDraftOutline, walkContent } from '@roundtable/draft';
import { createDraftUpdate } from '@roundtable/editor';
import {
  annotationsOf,
  commentMatrix,
  commentMatrixCsv,
  commentMatrixXlsx,
  profileDocx,
  profileHtml,
  profileMarkdown,
  readProfileDocument,
} from '@roundtable/export';
import {
  type Author,
  demoConsultation,
  openThread,
  replyToThread,
  resolveThread,
  type Thread,
  type ThreadAnchor,
} from '@roundtable/profile';
import * as Y from 'yjs';
import { median } from './measure/quantile.ts';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const RUNS = Number(values.runs ?? 7);
const COMMENTS = 500;
const BOUND_MS = 2_000;

const doc = new Y.Doc();
Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
const threads = makeThreads(doc, COMMENTS);
const comments = threads.reduce((n, t) => n + t.comments.length, 0);
const metadata = { title: demoConsultation.title, country: demoConsultation.country, year: demoConsultation.year };
const generatedAt = new Date().toISOString();

const cases: [string, () => Promise<unknown>][] = [
  [
    'profile.docx?comments=open',
    async () => {
      const pending = annotationsOf(threads, new Set());
      const { profile, placed } = readProfileDocument(doc, metadata, [...pending.open, ...pending.changes]);
      return profileDocx(profile, { generatedAt, annotations: annotationsOf(threads, placed) });
    },
  ],
  ['profile.docx', async () => profileDocx(readProfileDocument(doc, metadata).profile, { generatedAt })],
  [
    'profile.html?comments=open',
    async () => {
      const { profile, placed } = readProfileDocument(doc, metadata, threads);
      return profileHtml(profile, { generatedAt, annotations: annotationsOf(threads, placed) });
    },
  ],
  ['profile.md', async () => profileMarkdown(readProfileDocument(doc, metadata).profile)],
  ['comments.xlsx', async () => commentMatrixXlsx(commentMatrix(threads, readDraftOutline(doc), 'Europe/Paris'))],
  ['comments.csv', async () => commentMatrixCsv(commentMatrix(threads, readDraftOutline(doc), 'Europe/Paris'))],
];

const open = threads.filter((t) => t.status === 'open').length;
const lines = [
  `### Exports: the demo profile (${demoConsultation.indicators.length} indicators) with ${comments} comments`,
  '',
  `Node ${process.version}, in process. ${threads.length} threads (${open} open, the others resolved; a fifth of the ` +
    'resolved ones accepted with wording not applied), each anchored on a phrase of its indicator, half with a reply. ' +
    `Each row: reading the draft and threads, then writing the file; ${RUNS} timed runs after one warm-up.`,
  '',
  '| export | size | median | slowest |',
  '| --- | --- | --- | --- |',
];
let annotatedMedian = Number.NaN;
for (const [name, run] of cases) {
  const output = await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const size = typeof output === 'string' ? Buffer.byteLength(output) : (output as Uint8Array).byteLength;
  const m = median(samples);
  if (name === 'profile.docx?comments=open') annotatedMedian = m;
  lines.push(
    `| ${name} | ${(size / 1024).toFixed(0)} KB | ${m.toFixed(0)} ms | ${Math.max(...samples).toFixed(0)} ms |`,
  );
}
lines.push(
  '',
  `Annotated DOCX with ${comments} comments: median ${annotatedMedian.toFixed(0)} ms (bound < ${BOUND_MS} ms ${annotatedMedian < BOUND_MS ? '✅' : '❌'}).`,
);
process.stdout.write(`${lines.join('\n')}\n`);

/** Threads over the demo draft until they hold `total` comments: anchored on the second to fourth word of a finding. */
function makeThreads(draft: Y.Doc, total: number): Thread[] {
  const ids = demoConsultation.indicators.map((i) => i.id);
  const out: Thread[] = [];
  let written = 0;
  for (let n = 0; written < total; n++) {
    const indicatorId = ids[n % ids.length] as string;
    const at = new Date(Date.UTC(2026, 10, 27, 8, 0) + n * 60_000).toISOString();
    let thread = openThread(
      {
        id: `t${n}`,
        commentId: `t${n}-c1`,
        consultationId: 'demo',
        indicatorId,
        type: n % 2 === 0 ? 'factual-correction' : 'editorial',
        body: `Comment ${n}: the finding should mention the 2025 amendment. Комментарий, ş, é.`,
        proposedText: `Proposed wording ${n}`,
      },
      person(n),
      at,
    );
    thread = { ...thread, anchor: anchorOnWords(draft, indicatorId, n) };
    written++;
    if (n % 2 === 0 && written < total) {
      thread = replyToThread(thread, `t${n}-c2`, `Reply to ${n}: agreed.`, person(n + 1), at);
      written++;
    }
    if (n % 3 === 0) {
      const outcome = n % 15 === 0 ? 'accepted' : 'noted';
      thread = resolveThread(thread, { outcome, response: 'Thank you.' }, { ...person(0), role: 'facilitator' }, at);
    }
    out.push(thread);
  }
  return out;
}

function person(n: number): Author {
  return {
    personId: `p${n % 40}`,
    name: `Person ${n % 40}`,
    organisation: `Organisation ${n % 12}`,
    organisationId: null,
    role: 'participant',
  };
}

function anchorOnWords(draft: Y.Doc, indicatorId: string, n: number): ThreadAnchor {
  const indicator = findIndicator(draft, indicatorId);
  for (const piece of indicator ? walkContent(indicator) : []) {
    if (piece.kind !== 'text') continue;
    const words = [...piece.text.matchAll(/\S+/g)];
    const first = words[1 + (n % 5)];
    const last = words[3 + (n % 5)];
    if (first?.index === undefined || last?.index === undefined) continue;
    const from = piece.index + first.index;
    const to = piece.index + last.index + last[0].length;
    return {
      start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(piece.type, from)),
      end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(piece.type, to, -1)),
      quote: piece.text.slice(from - piece.index, to - piece.index),
    };
  }
  throw new Error(`no text in ${indicatorId}`);
}
