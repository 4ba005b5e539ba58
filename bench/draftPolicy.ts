/**
 * `pnpm bench:policy`: what the draft's write policy (`checkDraftUpdate`)
 * costs per update, in process: one keystroke, bold on a word, an HTML
 * paste, a 50 KB paste and a reconnect's sync step 2, each made by a real
 * (headless) editor on the demo draft; see draft/policyCases.ts. Median and
 * p99 of many runs, next to what `Y.decodeUpdate` alone takes. Runs pinned
 * to CPU 0 at raised priority when allowed, like the driver of `pnpm bench`.
 *
 *   pnpm bench:policy                    the five cases, plus recorded browser frames if the repo has them
 *   pnpm bench:policy --fixtures <dir>   recorded frames from <dir> (index.json as written by
 *                                        tests/fixtures/draft-updates/record.ts)
 *   pnpm bench:policy --budget 2000      ms of timed runs per case (default 1500)
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkDraftUpdate, type DraftWriter } from '@roundtable/draft';
import { createDraftUpdate } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import * as Y from 'yjs';
import { policyCases } from './draft/policyCases.ts';
import { recordedOperations } from './draft/recordedOperations.ts';
import { watchOtherLoad } from './measure/proc.ts';
import { quantile } from './measure/quantile.ts';
import { timeRuns } from './measure/timeRuns.ts';
import { Writer } from './measure/Writer.ts';
import { bytes, count, duration, percent } from './report/format.ts';
import { DRIVER_CPU, pinDriver } from './scheduling.ts';

const { values } = parseArgs({
  options: { fixtures: { type: 'string' }, budget: { type: 'string' }, 'no-priority': { type: 'boolean' } },
});
await pinDriver({ raise: !values['no-priority'] });

const PARTICIPANT: DraftWriter = { kind: 'member', role: 'participant' };
const BUDGET_MS = Number(values.budget ?? 1_500);
const STREAM_WRITERS = 5;
const STREAM_KEYSTROKES = 5_000;
/** The bound for the 50 KB paste. */
const PASTE_TARGET_MS = 5;

const progress = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
progress('building the cases (headless editor, demo draft, 9,999-edit history)...');
const cases = policyCases();
progress(`built in ${((performance.now() - started) / 1000).toFixed(1)} s; timing`);

const otherLoad = watchOtherLoad(DRIVER_CPU);
const lines = [
  '### Write policy: `checkDraftUpdate` per update',
  '',
  `Node ${process.version}, in process on CPU ${DRIVER_CPU}. Each of the first rows checks one update again and ` +
    `again against the same document (the check never changes it) for ${BUDGET_MS / 1000} s after a tenth of that ` +
    'in warm-up runs: the steady figure with warm caches. The last row is a stream of distinct keystrokes, each ' +
    'applied after its check, as a server sees them. Every run is timed on its own (garbage collection lands in the ' +
    'p99). The writer is a participant. The server decodes each update once when it arrives (protocol validation, ' +
    '"decode") and hands the decoded structs to the check: "check" is what the policy adds on top.',
  '',
  '| update | bytes | structs | delete ranges | outcome | decode, median | check, median | check, p99 | runs |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
let pasteMedian = Number.NaN;
let pasteP99 = Number.NaN;
for (const c of cases) {
  const { structs, ds } = Y.decodeUpdate(c.update);
  let ranges = 0;
  for (const list of ds.clients.values()) ranges += list.length;
  const outcome = checkDraftUpdate(c.doc, c.update, PARTICIPANT).outcome;
  const budget = { ms: BUDGET_MS, maxRuns: 200_000 };
  const decode = timeRuns(() => Y.decodeUpdate(c.update), { ...budget, ms: BUDGET_MS / 3 });
  const decoded = Y.decodeUpdate(c.update);
  const check = timeRuns(() => checkDraftUpdate(c.doc, c.update, PARTICIPANT, {}, decoded), budget);
  if (c.name === '50 KB paste') {
    pasteMedian = quantile(check, 0.5);
    pasteP99 = quantile(check, 0.99);
  }
  lines.push(
    `| ${c.name}: ${c.what} | ${bytes(c.update.byteLength)} | ${count(structs.length)} | ${count(ranges)} | ${outcome} | ` +
      `${duration(quantile(decode, 0.5))} | ${duration(quantile(check, 0.5))} | ${duration(quantile(check, 0.99))} | ` +
      `${count(check.length)} |`,
  );
  progress(`  ${c.name}: ${duration(quantile(check, 0.5))}`);
}
lines.push(typingStreamRow(), '');
lines.push(
  `Target: the 50 KB paste checked in under ${PASTE_TARGET_MS} ms: median ${duration(pasteMedian)} ` +
    `${pasteMedian < PASTE_TARGET_MS ? '✅' : '❌'} (p99 ${duration(pasteP99)}). CPU ${DRIVER_CPU} used by other ` +
    `processes while timing: ${percent(otherLoad())}; the p99 column follows it.`,
  '',
);

// pnpm runs this in bench/: a relative --fixtures is taken from where pnpm was called.
const fixtureDir = values.fixtures
  ? resolve(process.env.INIT_CWD ?? process.cwd(), values.fixtures)
  : fileURLToPath(new URL('../tests/fixtures/draft-updates', import.meta.url));
const recorded = recordedOperations(fixtureDir);
if (recorded.length > 0) lines.push(...recordedTable(fixtureDir));
process.stdout.write(`${lines.join('\n')}\n`);

/**
 * Keystrokes as a server sees them: five writers typing in their own
 * findings, each keystroke a new update checked against the document as it
 * is then and applied before the next, so the check runs on fresh objects
 * rather than on one update again and again (as the rows above do).
 */
function typingStreamRow(): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
  const state = Y.encodeStateAsUpdate(doc);
  const writers = Array.from(
    { length: STREAM_WRITERS },
    (_, ordinal) => new Writer(state, { ordinal, of: STREAM_WRITERS }),
  );
  const samples: number[] = [];
  const outcomes = new Set<string>();
  let largest = 0;
  for (let i = 0; i < STREAM_KEYSTROKES; i++) {
    const update = (writers[i % STREAM_WRITERS] as Writer).next();
    largest = Math.max(largest, update.byteLength);
    const decoded = Y.decodeUpdate(update);
    const start = performance.now();
    const { outcome } = checkDraftUpdate(doc, update, PARTICIPANT, {}, decoded);
    samples.push(performance.now() - start);
    outcomes.add(outcome);
    Y.applyUpdate(doc, update);
  }
  const sorted = Float64Array.from(samples).sort();
  return (
    `| typing stream: ${count(STREAM_KEYSTROKES)} keystrokes by ${STREAM_WRITERS} writers in their own findings, each ` +
    `checked against the document as it is then, then applied | ≤ ${bytes(largest)} | 1 | 0 | ` +
    `${[...outcomes].join(', ')} | | ${duration(quantile(sorted, 0.5))} | ${duration(quantile(sorted, 0.99))} | ` +
    `${count(sorted.length)} |`
  );
}

/** Every frame of every recorded operation, checked against the document it was recorded on. */
function recordedTable(dir: string): string[] {
  const otherLoad = watchOtherLoad(DRIVER_CPU);
  const rows = recorded.map((op) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, op.before);
    const samples: number[] = [];
    const outcomes = new Map<string, number>();
    let largest = 0;
    for (const frame of op.frames) {
      const outcome = checkDraftUpdate(doc, frame.update, PARTICIPANT).outcome;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      largest = Math.max(largest, frame.update.byteLength);
      const budget = { ms: Math.max(20, BUDGET_MS / 10 / op.frames.length), maxRuns: 20_000 };
      const decoded = Y.decodeUpdate(frame.update);
      samples.push(...timeRuns(() => checkDraftUpdate(doc, frame.update, PARTICIPANT, {}, decoded), budget));
      Y.applyUpdate(doc, frame.update);
    }
    const sorted = Float64Array.from(samples).sort();
    const verdicts = [...outcomes].map(([outcome, n]) => `${n} ${outcome}`).join(', ');
    return `| ${op.name} | ${op.frames.length} | ${bytes(largest)} | ${verdicts} | ${duration(quantile(sorted, 0.5))} | ${duration(quantile(sorted, 0.99))} |`;
  });
  return [
    `Frames recorded in a browser (${dir}), each checked against the document it was sent to:`,
    '',
    '| operation | frames | largest frame | outcomes | check, median over all frames | check, p99 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `CPU ${DRIVER_CPU} used by other processes while timing the recorded frames: ${percent(otherLoad())}.`,
    '',
  ];
}
