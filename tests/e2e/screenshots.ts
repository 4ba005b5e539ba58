/**
 * Screenshots of the app for visual review: `npx tsx tests/e2e/screenshots.ts`.
 * Starts a fresh server (build the client first) and writes PNGs to
 * tests/.artifacts/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO_ROOT, startServer } from '../helpers/startServer.ts';
import { LAPTOP, openDraft, PROJECTOR, placeCaretInFinding, type Viewport, waitForDraft } from './draftPage.ts';
import { invite } from './invite.ts';

const OUT = join(REPO_ROOT, 'tests/.artifacts');
mkdirSync(OUT, { recursive: true });

const server = await startServer();
const browser = await launchBrowser();

async function coedit(viewport: Viewport, label: string): Promise<void> {
  const boris = await openDraft(browser, server.url, {
    name: 'Boris Petrov',
    viewport,
    joinUrl: await invite(server, { name: 'Boris Petrov', organisation: 'state-migration-service' }),
  });
  const amina = await openDraft(browser, server.url, {
    name: 'Amina Diallo',
    viewport,
    joinUrl: await invite(server, { name: 'Amina Diallo', organisation: 'iom-veloria', role: 'facilitator' }),
  });
  const chen = await openDraft(browser, server.url, {
    name: 'Chen Wei',
    viewport,
    joinUrl: await invite(server, { name: 'Chen Wei', organisation: 'min-labour' }),
  });
  await Promise.all([waitForDraft(boris.page), waitForDraft(amina.page), waitForDraft(chen.page)]);
  await placeCaretInFinding(boris.page, '2.4', 'end');
  await boris.page.keyboard.type(' Decree No. 12 of 2026 now assigns them a coordination role.');
  await placeCaretInFinding(chen.page, '2.6', 'start');
  await chen.page.keyboard.type('As of 2026, ');
  await placeCaretInFinding(amina.page, '2.4', 'start');
  await amina.page.keyboard.type('Since March 2026, ');
  await amina.page.waitForTimeout(400);
  await amina.page.locator('[data-indicator-id="2.4"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await amina.page.waitForTimeout(500);
  await amina.page.screenshot({ path: join(OUT, `coedit-${label}.png`) });
  await amina.page.locator('.rt-canvas').evaluate((el) => el.scrollTo({ top: 0 }));
  await amina.page.waitForTimeout(300);
  await amina.page.screenshot({ path: join(OUT, `top-${label}.png`) });
  await amina.page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await amina.page.screenshot({ path: join(OUT, `help-${label}.png`) });
  await Promise.all([boris.context.close(), amina.context.close(), chen.context.close()]);
}

try {
  const first = await browser.newContext({ viewport: LAPTOP });
  const page = await first.newPage();
  await page.goto(await invite(server, { name: 'Someone', organisation: 'min-health' }));
  await page.getByLabel('Your name').fill('Amina Diallo');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'name-prompt-1366.png') });
  await first.close();
  await coedit(LAPTOP, '1366');
  await coedit(PROJECTOR, '1920');
} finally {
  await browser.close();
  await server.stop();
}
process.stdout.write(`screenshots in ${OUT}\n`);
