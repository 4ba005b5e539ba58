/**
 * The client's own figures: initial JavaScript (gzip) of the built client, and
 * the time from opening the demo consultation (invitation already accepted,
 * so the cookie is set) to an editable document in headless Chromium, bare
 * and with a meeting's load (40 people present, 500 comments), and how many
 * keystrokes typed there take 16 ms or more (Event Timing API). It builds
 * the client first, so the figures are of the sources checked out, built as
 * `npm start` builds them (not of whatever `client/dist` holds).
 *   pnpm bench:client
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { invite } from '../tests/e2e/invite.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { REPO_ROOT, startServer } from '../tests/helpers/startServer.ts';
import { keystrokeFigures, keystrokeTimes, type TraceEvent } from './client/keystrokeTimes.ts';
import { COMMENTS, PEOPLE, postComments, seatPeople, unseatPeople } from './client/meetingLoad.ts';
import { type ScriptsBeforeEditable, scriptsBeforeEditable } from './measure/scriptsBeforeEditable.ts';

const RUNS = 7;
/** The draft's last domain rendered inside an editable editor: the whole document is there. */
const EDITABLE = '.rt-editor__content[contenteditable="true"] [data-indicator-id="6.1"]';

/**
 * The scripts index.html names (the first, small script that shows the read-only draft), and the
 * app's chunk it then imports (`startApp-*.js`) with the chunks that one imports statically: what
 * the build says loads first. The figure that counts is the browser's (`scriptsBeforeEditable`):
 * lazy chunks asked for before the editor is live count there too.
 */
function initialJavaScriptGzip(): { files: number; bytes: number; firstBytes: number } {
  const dist = join(REPO_ROOT, 'client', 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const first = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const app = readdirSync(join(dist, 'assets')).find((f) => /^startApp-.*\.js$/.test(f));
  const scripts = new Set(first);
  if (app !== undefined) {
    scripts.add(`assets/${app}`);
    const code = readFileSync(join(dist, 'assets', app), 'utf8');
    // Static imports only (`from"./x.js"`), not `import("./x.js")`.
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) scripts.add(`assets/${m[1]}`);
  }
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).byteLength;
  let bytes = 0;
  for (const file of scripts) bytes += gz(file);
  return { files: scripts.size, bytes, firstBytes: first.reduce((sum, f) => sum + gz(f), 0) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const KEYSTROKES = 60;

/** The scripts of one load, as two tables: fetched before the editor was live, and in the 2 s after. */
function scriptRows(fetched: ScriptsBeforeEditable): string {
  const rows = (scripts: { file: string; gzip: number }[]) =>
    scripts.map((s) => `| ${s.file} | ${(s.gzip / 1024).toFixed(1)} KB |\n`).join('');
  return (
    `\n| script fetched before the editor is live (Chromium, cache off) | gzip |\n| --- | --- |\n${rows(fetched.before)}` +
    `\n| script fetched in the 2 s after it (prefetch) | gzip |\n| --- | --- |\n${rows(fetched.after)}`
  );
}

execFileSync('pnpm', ['--filter', '@roundtable/client', 'build'], {
  cwd: REPO_ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const server = await startServer();
const browser = await launchBrowser('chromium');
try {
  const js = initialJavaScriptGzip();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  // A returning visitor: the name is known, so no first-visit prompt stands in the way.
  await context.addInitScript(() => window.localStorage.setItem('roundtable.name', 'Bench reader'));
  const page = await context.newPage();
  await page.goto(await invite(server, { name: 'Bench reader' }));
  await page.waitForSelector(EDITABLE, { timeout: 30_000 });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = Date.now();
    await page.goto(`${server.url}/c/demo`);
    await page.waitForSelector(EDITABLE, { timeout: 30_000 });
    times.push(Date.now() - start);
  }
  const fetched = await scriptsBeforeEditable(
    context,
    `${server.url}/c/demo`,
    EDITABLE,
    join(REPO_ROOT, 'client', 'dist'),
  );
  process.stdout.write(scriptRows(fetched));
  // A real meeting's load: people present and comments, then the same measurement, and typing.
  const people = await seatPeople(server);
  await postComments(server);
  const loaded: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = Date.now();
    await page.goto(`${server.url}/c/demo`);
    await page.waitForSelector(EDITABLE, { timeout: 30_000 });
    loaded.push(Date.now() - start);
  }
  const commentsTab = page.locator('.rt-tab', { hasText: /^Comments/ });
  await commentsTab.click();
  // Every comment has arrived: the tab counts the open threads.
  await commentsTab.locator('.rt-count', { hasText: String(COMMENTS) }).waitFor({ timeout: 30_000 });
  await page.locator(`${EDITABLE} .rt-indicator__body p`).first().click();
  // Event Timing: each keystroke's handling (processingEnd - processingStart) and its duration to the
  // next paint; the API reports only events of 16 ms or more, so the others were faster than that.
  await page.evaluate(() => {
    const slow: { duration: number; processing: number }[] = [];
    (window as unknown as { slowKeys: typeof slow }).slowKeys = slow;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        // One keystroke is keydown, beforeinput, input, keyup: Lexical does its work in beforeinput and input.
        if (entry.name === 'keydown') slow.push({ duration: entry.duration, processing: 0 });
        const last = slow[slow.length - 1];
        if (last !== undefined) last.processing += entry.processingEnd - entry.processingStart;
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  // A trace of the same typing: every keystroke's handling, not only those the Event Timing API reports.
  const cdp = await context.newCDPSession(page);
  const traceEvents: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...(e.value as unknown as TraceEvent[])));
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  for (let k = 0; k < KEYSTROKES; k++) await page.keyboard.type('a', { delay: 40 });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await traced;
  const perKey = keystrokeTimes(traceEvents);
  const keys = keystrokeFigures(perKey.map((k) => k.wallMs));
  const keysCpu = keystrokeFigures(perKey.map((k) => k.cpuMs));
  const slowKeys = await page.evaluate(
    () => (window as unknown as { slowKeys: { duration: number; processing: number }[] }).slowKeys,
  );
  const processing = slowKeys.map((k) => k.processing);
  unseatPeople(people);

  const assets = readdirSync(join(REPO_ROOT, 'client', 'dist', 'assets')).filter((f) => f.endsWith('.js')).length;
  process.stdout.write(
    `\n| client figure | value | target |\n| --- | --- | --- |\n` +
      `| initial JavaScript, gzip: every script Chromium fetched before the editor was live (${fetched.before.length} of ${assets} script files) | ${(fetched.beforeBytes / 1024).toFixed(1)} KB | ≤ 200 KB |\n` +
      `| … what the build names statically (index.html, startApp and its static imports, ${js.files} files) | ${(js.bytes / 1024).toFixed(1)} KB | |\n` +
      `| … of which the first script (shows the read-only draft) | ${(js.firstBytes / 1024).toFixed(1)} KB | |\n` +
      `| open the demo consultation to an editable document (median of ${RUNS}, headless Chromium) | ${median(times)} ms | ≤ 1,000 ms |\n` +
      `| the same with ${PEOPLE} people present and ${COMMENTS} comments | ${median(loaded)} ms | ≤ 1,500 ms |\n` +
      `| keystrokes taking 16 ms or more from key to next paint, of ${KEYSTROKES} typed there (Event Timing) | ${slowKeys.length}${slowKeys.length > 0 ? ` (longest ${Math.max(...slowKeys.map((k) => k.duration)).toFixed(0)} ms)` : ''} | |\n` +
      `| … the handlers' own time per keystroke (keydown, beforeinput, input, keyup), median / longest | ${processing.length > 0 ? `${median(processing).toFixed(1)} / ${Math.max(...processing).toFixed(1)} ms` : 'none over 16 ms'} | < 16 ms |\n` +
      `| every keystroke's handling on the main thread (trace: keydown, keypress with its editing, keyup), median / p95 / longest | ${keys.median.toFixed(1)} / ${keys.p95.toFixed(1)} / ${keys.longest.toFixed(1)} ms | < 16 ms |\n` +
      `| … the same in the main thread's CPU time (what a busy machine does not inflate) | ${keysCpu.median.toFixed(1)} / ${keysCpu.p95.toFixed(1)} / ${keysCpu.longest.toFixed(1)} ms | |\n`,
  );
} finally {
  await browser.close();
  await server.stop();
}
