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

/**
 * The scripts index.html names (the first, small script that shows the read-only draft), and the
 * app's chunk it then imports (`startApp-*.js`) with the chunks that one imports statically: all
 * the JavaScript before the editor is live. Dialogs loaded on demand are not counted.
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
      `| … of which the first script (shows the read-only draft) | ${(js.firstBytes / 1024).toFixed(1)} KB | |\n` +
      `| open the demo consultation to an editable document (median of ${RUNS}, headless Chromium) | ${median(times)} ms | ≤ 1,500 ms |\n`,
  );
} finally {
  await browser.close();
  await server.stop();
}
