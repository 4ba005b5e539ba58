/**
 * The client's own figures: initial JavaScript (gzip) of the built client, and
 * the time from opening the demo consultation (invitation already accepted,
 * so the cookie is set) to an editable document in headless Chromium.
 *   pnpm bench:client
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { invite } from '../tests/e2e/invite.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { REPO_ROOT, startServer } from '../tests/helpers/startServer.ts';

const RUNS = 7;
/** The draft's last domain rendered inside an editable editor: the whole document is there. */
const EDITABLE = '.rt-editor__content[contenteditable="true"] [data-indicator-id="6.1"]';

function initialJavaScriptGzip(): { files: number; bytes: number } {
  const dist = join(REPO_ROOT, 'client', 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  let bytes = 0;
  for (const file of scripts) bytes += gzipSync(readFileSync(join(dist, file))).byteLength;
  return { files: scripts.length, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const server = await startServer();
const browser = await launchBrowser();
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
  const assets = readdirSync(join(REPO_ROOT, 'client', 'dist', 'assets')).filter((f) => f.endsWith('.js')).length;
  process.stdout.write(
    `\n| client figure | value | target |\n| --- | --- | --- |\n` +
      `| initial JavaScript, gzip (${js.files} of ${assets} script files) | ${(js.bytes / 1024).toFixed(0)} KB | ≤ 400 KB |\n` +
      `| open the demo consultation to an editable document (median of ${RUNS}, headless Chromium) | ${median(times)} ms | ≤ 1,500 ms |\n`,
  );
} finally {
  await browser.close();
  await server.stop();
}
