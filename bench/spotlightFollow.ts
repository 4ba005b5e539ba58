/**
 * How fast followers reach what the facilitator puts on the table: one
 * facilitator and two followers (separate browser contexts, headless
 * Chromium, the built client), the spotlight moved between indicators far
 * apart in the draft. For each move: the time from the facilitator's click to
 * each follower's meeting bar naming it, and to the indicator settled at the
 * top of the follower's reading area (the goal: within a second).
 *   pnpm --filter @roundtable/client build && pnpm bench:spotlight
 */
import { type OpenedPage, openDraft, waitForDraft } from '../tests/e2e/draftPage.ts';
import { invite } from '../tests/e2e/invite.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { startServer } from '../tests/helpers/startServer.ts';

type Page = OpenedPage['page'];

const MOVES = ['6.10', '1.3', '5.8', '2.4', '6.2', '3.1', '4.12', '1.10', '6.13', '2.9', '5.1', '3.14'];

/** Resolves with Date.now() when the follower's bar names `id`, and when `id` has settled at the top. */
function watch(page: Page, id: string): Promise<{ named: number; settled: number }> {
  return page.evaluate(
    (target) =>
      new Promise<{ named: number; settled: number }>((resolve) => {
        let named = 0;
        let last = Number.NaN;
        let still = 0;
        const tick = (): void => {
          const label = document.querySelector('[data-on-table-label]')?.textContent ?? '';
          if (named === 0 && label.startsWith(`${target} `)) named = Date.now();
          const canvas = document.querySelector('.rt-canvas');
          const block = document.querySelector(`.rt-canvas [data-indicator-id="${target}"]`);
          if (canvas !== null && block !== null) {
            const offset = block.getBoundingClientRect().top - canvas.getBoundingClientRect().top;
            // Settled: near the top and unmoved for three frames.
            still = Math.abs(offset - last) < 0.5 && offset >= 0 && offset < 60 ? still + 1 : 0;
            last = offset;
            if (named !== 0 && still >= 3) {
              resolve({ named, settled: Date.now() });
              return;
            }
          }
          requestAnimationFrame(tick);
        };
        tick();
      }),
    id,
  );
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number;

const server = await startServer();
const browser = await launchBrowser('chromium');
try {
  const fatou = await openDraft(browser, server.url, {
    name: 'Fatou Ndiaye',
    joinUrl: await invite(server, { name: 'Fatou Ndiaye', organisation: 'iom-veloria', role: 'facilitator' }),
  });
  const followers = await Promise.all(
    ['Amina Diallo', 'Boris Petrov'].map(async (name) =>
      openDraft(browser, server.url, { name, joinUrl: await invite(server, { name, organisation: 'min-labour' }) }),
    ),
  );
  await Promise.all([fatou, ...followers].map((o) => waitForDraft(o.page)));
  // tsx keeps function names with a helper the page does not have.
  await Promise.all(followers.map((f) => f.page.evaluate('window.__name = (fn) => fn')));
  const named: number[] = [];
  const settled: number[] = [];
  for (const id of MOVES) {
    const button = fatou.page.locator(`[data-spotlight-button="${id}"]`);
    await button.scrollIntoViewIfNeeded();
    const watching = followers.map((f) => watch(f.page, id));
    const start = Date.now();
    await button.click();
    for (const result of await Promise.all(watching)) {
      named.push(result.named - start);
      settled.push(result.settled - start);
    }
  }
  const line = (what: string, xs: number[]) =>
    `${what.padEnd(38)} median ${quantile(xs, 0.5)} ms, p95 ${quantile(xs, 0.95)} ms, max ${Math.max(...xs)} ms`;
  process.stdout.write(
    [
      `spotlight follow: ${MOVES.length} moves x ${followers.length} followers (headless Chromium, 1366x768)`,
      line('click -> follower names it', named),
      line('click -> settled at top of the draft', settled),
      '',
    ].join('\n'),
  );
  await Promise.all([fatou, ...followers].map((o) => o.context.close()));
} finally {
  await browser.close();
  await server.stop();
}
