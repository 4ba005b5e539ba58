/**
 * A CPU profile of typing in the demo consultation with a meeting's load (as
 * `pnpm bench:client` types), to see what runs per keystroke. Writes the V8
 * profile and prints per-keystroke handler times; read the profile with
 * tools/topFunctions.ts. Build the client first (`--minify false` keeps names).
 *
 *   tsx tools/keystrokeProfile.ts /tmp/keys.cpuprofile [--people 40] [--comments 500]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { invite } from '../../tests/e2e/invite.ts';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { startServer } from '../../tests/helpers/startServer.ts';
import { keystrokeFigures, keystrokeTimes, type TraceEvent } from '../client/keystrokeTimes.ts';
import { COMMENTS, PEOPLE, postComments, seatPeople, unseatPeople } from '../client/meetingLoad.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    people: { type: 'string' },
    comments: { type: 'string' },
    keys: { type: 'string', default: '60' },
    at: { type: 'string', default: '6.1' },
    css: { type: 'string' },
    categories: {
      type: 'string',
      default: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
    },
  },
});
const [out] = positionals;
if (!out) throw new Error('usage: tsx tools/keystrokeProfile.ts <out.cpuprofile>');
const EDITABLE = '.rt-editor__content[contenteditable="true"] [data-indicator-id="6.1"]';

const server = await startServer();
const browser = await launchBrowser('chromium');
try {
  const people = await seatPeople(server, Number(values.people ?? PEOPLE));
  const comments = Number(values.comments ?? COMMENTS);
  await postComments(server, comments);
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    bypassCSP: values.css !== undefined,
  });
  await context.addInitScript(() => window.localStorage.setItem('roundtable.name', 'Bench reader'));
  const page = await context.newPage();
  await page.goto(await invite(server, { name: 'Bench reader' }));
  await page.waitForSelector(EDITABLE, { timeout: 30_000 });
  const commentsTab = page.locator('.rt-tab', { hasText: /^Comments/ });
  await commentsTab.click();
  if (comments > 0) await commentsTab.locator('.rt-count', { hasText: String(comments) }).waitFor({ timeout: 30_000 });
  await page.locator(`.rt-editor__content [data-indicator-id="${values.at}"] .rt-indicator__body p`).first().click();
  if (values.css !== undefined) await page.addStyleTag({ content: values.css });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const traceEvents: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...(e.value as unknown as TraceEvent[])));
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: values.categories,
    transferMode: 'ReportEvents',
  });
  const keys = Number(values.keys);
  for (let k = 0; k < keys; k++) await page.keyboard.type('a', { delay: 40 });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await traced;
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
  writeFileSync(out.replace(/\.cpuprofile$/, '.trace.json'), JSON.stringify({ traceEvents }));
  const times = keystrokeTimes(traceEvents);
  const ms = times.map((k) => k.wallMs);
  const f = keystrokeFigures(ms);
  const c = keystrokeFigures(times.map((k) => k.cpuMs));
  process.stdout.write(
    `${ms.length} keystrokes: handlers median ${f.median.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms, longest ${f.longest.toFixed(2)} ms\n` +
      `CPU time: median ${c.median.toFixed(2)} ms, p95 ${c.p95.toFixed(2)} ms, longest ${c.longest.toFixed(2)} ms\n` +
      `${ms.map((m) => m.toFixed(1)).join(' ')}\n`,
  );
  unseatPeople(people);
} finally {
  await browser.close();
  await server.stop();
}
