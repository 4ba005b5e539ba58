/**
 * Screenshots of the app for visual review: `npx tsx tests/e2e/screenshots.ts`.
 * Starts a fresh server (build the client first) and writes PNGs to
 * tests/.artifacts/ (git-ignored). `npx tsx tests/e2e/screenshots.ts comments`
 * takes only the comment and invitation screens, `... meeting` only the live
 * meeting on a projector (the suite's meetingLive test takes it at laptop size).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO_ROOT, startServer } from '../helpers/startServer.ts';
import { commentOnSelection, postComment, selectInFinding, waitForDraftLoaded } from './commentsPage.ts';
import { LAPTOP, openDraft, PROJECTOR, placeCaretInFinding, type Viewport, waitForDraft } from './draftPage.ts';
import { FATOU, invite } from './invite.ts';
import { openMeetingTab } from './meetingPage.ts';

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

/** Comments, the composer, the resolve dialog, the facilitator's panel and the people tab. */
async function commentScreens(viewport: Viewport, label: string): Promise<void> {
  const shot = (page: import('playwright-core').Page, name: string) =>
    page.screenshot({ path: join(OUT, `${name}-${label}.png`) });
  const fatou = await openDraft(browser, server.url, {
    name: 'Fatou Ndiaye',
    viewport,
    joinUrl: await invite(server, FATOU),
  });
  const amina = await openDraft(browser, server.url, {
    name: 'Amina Diallo',
    viewport,
    joinUrl: await invite(server, { name: 'Amina Diallo', organisation: 'min-interior', role: 'participant' }),
  });
  const boris = await openDraft(browser, server.url, {
    name: 'Boris Petrov',
    viewport,
    joinUrl: await invite(server, {
      name: 'Boris Petrov',
      organisation: 'migrant-solidarity-network',
      role: 'commenter',
    }),
  });
  await Promise.all([waitForDraft(fatou.page), waitForDraft(amina.page), waitForDraftLoaded(boris.page)]);

  await commentOnSelection(amina.page, '2.4', 'Law No. 24/2010 on Local Self-Government', {
    type: 'Factual correction',
    body: 'The law was amended in March 2025: municipalities may now run integration services.',
    proposed: 'Law No. 24/2010 on Local Self-Government, as amended in 2025,',
  });
  await commentOnSelection(boris.page, '2.4', 'no other municipality has a comparable service', {
    type: 'Disagreement',
    body: 'Talvik and Orsen opened migrant desks in 2024, run with civil society.',
  });
  await boris.page.locator('[data-indicator-comment="2.4"]').click();
  await boris.page.getByRole('button', { name: '+ Comment on 2.4 as a whole' }).click();
  await postComment(boris.page, {
    type: 'Question',
    body: 'Will the profile say which municipalities were consulted?',
  });
  await commentOnSelection(amina.page, '2.3', 'State Committee for Diaspora Affairs', {
    type: 'Editorial',
    body: 'Use the full name on first mention.',
  });
  const reply = amina.page.locator('.rt-thread--active').getByLabel('Reply');
  await reply.fill('Checked with the Committee: the name is right.');
  await amina.page.locator('.rt-thread--active').getByRole('button', { name: 'Reply', exact: true }).click();
  await amina.page.waitForTimeout(300);

  // The facilitator reads 2.4 with its threads; the first one open.
  await fatou.page.getByRole('tab', { name: /Comments/ }).click();
  await fatou.page.locator('[data-indicator-id="2.4"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await fatou.page.waitForTimeout(400);
  await fatou.page.locator('.rt-thread--summary[data-status="open"]').first().click();
  await fatou.page.waitForTimeout(600);
  await shot(fatou.page, 'comments');

  await fatou.page.locator('.rt-thread--active').getByRole('button', { name: 'Resolve…' }).click();
  const dialog = fatou.page.getByRole('dialog');
  await dialog.getByText('Accepted with changes', { exact: true }).click();
  await dialog.getByLabel(/^Response/).fill('Agreed: the finding will cite the 2025 amendment.');
  await shot(fatou.page, 'resolve');
  await dialog.getByRole('button', { name: 'Resolve', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await fatou.page.waitForTimeout(400);
  await shot(fatou.page, 'resolved');

  await selectInFinding(amina.page, '2.6', 'A second action plan for 2026-2030');
  await amina.page.waitForTimeout(300);
  await shot(amina.page, 'selection');
  await amina.page.keyboard.press('Control+Alt+m');
  await amina.page.locator('.rt-composer').getByText('Update', { exact: true }).click();
  await amina.page
    .locator('.rt-composer')
    .getByLabel('Comment', { exact: true })
    .fill('Adopted by Decree No. 41 of 12 May 2026.');
  await amina.page.locator('.rt-composer').getByRole('button', { name: '+ Propose new wording' }).click();
  await amina.page.waitForTimeout(300);
  await shot(amina.page, 'composer');

  await fatou.page.getByRole('tab', { name: /People here/ }).click();
  await fatou.page.waitForTimeout(300);
  await shot(fatou.page, 'people');

  await fatou.page.getByRole('button', { name: 'Invite people' }).click();
  const panel = fatou.page.getByRole('dialog', { name: 'People and invitations' });
  await panel.getByLabel('Name').fill('Chen Wei');
  await panel.getByLabel(/^Organisation/).fill('National Statistics Office');
  await shot(fatou.page, 'invite-form');
  await panel.getByRole('button', { name: 'Create invitation link' }).click();
  await panel.locator('.rt-qr canvas').waitFor();
  await fatou.page.waitForTimeout(3_500);
  await shot(fatou.page, 'invite');
  await Promise.all([fatou.context.close(), amina.context.close(), boris.context.close()]);
}

/**
 * The live meeting on a projector and at 150 % zoom: the room screen and the facilitator's meeting view,
 * with 5.3 on the table, agreed and locked.
 */
async function meetingScreens(): Promise<void> {
  const fatou = await openDraft(browser, server.url, { name: FATOU.name, joinUrl: await invite(server, FATOU) });
  await waitForDraft(fatou.page);
  await fatou.page.locator('[data-spotlight-button="5.3"]').click();
  await fatou.page.getByRole('combobox', { name: 'Meeting status of indicator 5.3' }).selectOption({ label: 'Agreed' });
  await fatou.page.locator('[data-lock-button="5.3"]').click();
  await fatou.page.locator('[data-indicator-id="5.3"][data-locked="true"]').waitFor();
  const storageState = await fatou.context.storageState();
  const sizes: [string, Viewport, number][] = [
    ['1920', PROJECTOR, 1],
    ['1920-zoom150', { width: 1280, height: 720 }, 1.5],
  ];
  for (const [label, viewport, deviceScaleFactor] of sizes) {
    const context = await browser.newContext({ storageState, viewport, deviceScaleFactor });
    const screen = await context.newPage();
    await screen.goto(`${server.url}/c/demo/screen`);
    await screen.locator('[data-screen-indicator="5.3"][data-status="agreed"] [data-screen-locked]').waitFor();
    await screen.screenshot({ path: join(OUT, `room-screen-${label}.png`) });
    const view = await context.newPage();
    await view.goto(`${server.url}/c/demo`);
    await waitForDraft(view);
    await openMeetingTab(view);
    await view.waitForTimeout(300);
    await view.screenshot({ path: join(OUT, `meeting-live-${label}.png`) });
    await context.close();
  }
  await fatou.context.close();
}

const only = process.argv[2];
try {
  if (only === 'meeting') {
    await meetingScreens();
  } else {
    if (only !== 'comments') await coreScreens();
    await commentScreens(LAPTOP, '1366');
    await commentScreens(PROJECTOR, '1920');
    if (only !== 'comments') await meetingScreens();
  }
} finally {
  await browser.close();
  await server.stop();
}
process.stdout.write(`screenshots in ${OUT}\n`);

async function coreScreens(): Promise<void> {
  const first = await browser.newContext({ viewport: LAPTOP });
  const page = await first.newPage();
  await page.goto(await invite(server, { name: 'Someone', organisation: 'min-health' }));
  await page.getByLabel('Your name').fill('Amina Diallo');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'name-prompt-1366.png') });
  await first.close();
  await coedit(LAPTOP, '1366');
  await coedit(PROJECTOR, '1920');
}
