import { describe, expect, it } from 'vitest';
import { openDraft, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { invite, openInvited } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

// The interface in Azerbaijani and Russian, switched in one click on every
// page, the consultation page's skip links, and the connection pill saying
// when changes wait for the server.

const e2e = useBrowserAndServer();

describe('the language switch', () => {
  it('translates the join and not-found pages in one click, and is remembered', async () => {
    const { context, page } = await e2e.openPage();
    try {
      await page.goto(`${e2e.server.url}/join`);
      await page.getByRole('heading', { name: 'This link is incomplete' }).waitFor();
      await page.getByRole('button', { name: 'Русский' }).click();
      await page.getByRole('heading', { name: 'Эта ссылка неполная' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
      expect(await page.getByRole('button', { name: 'Русский' }).getAttribute('aria-pressed')).toBe('true');

      await page.goto(`${e2e.server.url}/no/such/page`);
      await page.getByRole('heading', { name: 'Здесь нечего показать' }).waitFor();
      await page.getByRole('button', { name: 'Azərbaycanca' }).click();
      await page.getByRole('heading', { name: 'Burada göstəriləcək heç nə yoxdur' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('translates the consultation page from its top bar', async () => {
    const { context, page, errors } = await openInvited(e2e.browser, e2e.server, { name: 'Leyla Məmmədova' });
    try {
      await waitForDraft(page);
      await page.getByRole('button', { name: 'Azərbaycanca' }).click();
      await page.getByRole('button', { name: 'Versiyalar' }).waitFor();
      // The pill's word is translated in place; the draft stays connected (everyLanguage.e2e.test.ts).
      await page.locator('.rt-pill[data-status="connected"]', { hasText: 'Qoşulub' }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Klaviatura qısayolları' }).waitFor();
      await page.getByRole('button', { name: 'Русский' }).click();
      await page.getByRole('tab', { name: /^Комментарии/ }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Russian's files were still coming when English was clicked: the click did nothing (English was still shown)
  // and the page switched to Russian when they arrived, and kept it for the next visit.
  it('stays in the language clicked last when an earlier choice is still loading', async () => {
    const { context, page, errors } = await openInvited(e2e.browser, e2e.server, { name: 'Changed Mind' });
    try {
      await waitForDraft(page);
      await page.getByRole('tab', { name: /^Comments/ }).waitFor();
      // Every script asked for from now on (Russian's catalogue) is held back, as on a slow link.
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const held: Promise<unknown>[] = [];
      await context.route(/\/assets\/[^/]+\.js$/, (route) => {
        const done = released.then(() => route.continue());
        held.push(done);
        return done;
      });
      await page.getByRole('button', { name: 'Русский' }).click();
      await expect.poll(() => held.length).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'English' }).click();
      release();
      await Promise.all(held);
      // Russian's files are in: had its switch still counted, it would apply within this wait (QUIET_MS;
      // the switch from the same files at the end of this test is checked to take less).
      const QUIET_MS = 1000;
      await page.waitForTimeout(QUIET_MS);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.getByRole('tab', { name: /^Comments/ }).count()).toBe(1);
      expect(await page.evaluate(() => window.localStorage.getItem('roundtable.language'))).toBe('en');
      // The same files switch to Russian when it is asked for last.
      const asked = Date.now();
      await page.getByRole('button', { name: 'Русский' }).click();
      await page.getByRole('tab', { name: /^Комментарии/ }).waitFor();
      expect(Date.now() - asked).toBeLessThan(QUIET_MS);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the skip links', () => {
  it('are the first stops, and take focus to the draft and to the comments', async () => {
    const { context, page } = await openInvited(e2e.browser, e2e.server, { name: 'Kamal Həsənov' });
    try {
      await waitForDraft(page);
      // From the start of a freshly loaded page (nothing focused yet), the first Tab.
      await page.reload();
      await waitForDraft(page);
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      await page.keyboard.press('Tab');
      const first = page.getByRole('link', { name: 'Skip to the draft' });
      expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await first.boundingBox()).not.toBeNull();
      // Out of the page's flow: the top bar keeps its place and height.
      expect(await page.locator('.rt-topbar').evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('rt-canvas'))).toBe(true);

      await page.getByRole('tab', { name: /^People here/ }).click();
      await page.getByRole('button', { name: 'Skip to comments' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('tab', { name: /^Comments/, selected: true }).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.classList.contains('rt-side__body')))
        .toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('the connection pill', () => {
  it('says saving while the server has not answered after a change, and stops once it has', async () => {
    // The server's answers to sync step 1 (`[0, 1, …]`, a step 2) are held back on demand.
    let holding = false;
    const held: Buffer[] = [];
    let release: (() => void) | null = null;
    const opened = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Saving Person',
      joinUrl: await invite(e2e.server, { name: 'Saving Person' }),
      prepare: (context) =>
        context.routeWebSocket(
          (url) => decodeURIComponent(url.pathname).endsWith(':draft'),
          (page) => {
            const upstream = page.connectToServer();
            page.onMessage((message) => upstream.send(message));
            upstream.onMessage((message) => {
              if (holding && typeof message !== 'string' && message[0] === 0 && message[1] === 1) {
                held.push(message);
                return;
              }
              page.send(message);
            });
            release = () => {
              holding = false;
              for (const message of held.splice(0)) page.send(message);
            };
          },
        ),
    });
    const { page } = opened;
    try {
      await waitForDraft(page);
      holding = true;
      await placeCaretInFinding(page, '2.4', 'end');
      await page.keyboard.type(' Waiting for the server.');
      const saving = page.locator('.rt-pill[data-status="connected"][data-lag="saving"]');
      await saving.waitFor({ timeout: 10_000 });
      expect(await saving.textContent()).toBe('Saving…');
      expect(held.length).toBeGreaterThan(0);
      (release as (() => void) | null)?.();
      await page.locator('.rt-pill[data-status="connected"]:not([data-lag])').waitFor({ timeout: 10_000 });
      expect(await page.locator('.rt-pill').textContent()).toBe('Connected');
    } finally {
      await opened.context.close();
    }
  });
});
