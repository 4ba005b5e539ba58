import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/startServer.ts';
import { seriousViolations } from './axeAudit.ts';
import { LAPTOP, openDraft, PROJECTOR, waitForDraft } from './draftPage.ts';
import { FATOU, invite } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const ARTIFACTS = join(REPO_ROOT, 'tests/.artifacts');

const e2e = useBrowserAndServer();

/** Where focus is: in the Export menu's list, on its button, or elsewhere. */
function focusInMenu(page: Page): Promise<'list' | 'button' | 'elsewhere'> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.closest('.rt-export__menu') != null) return 'list';
    return active?.matches('.rt-export__toggle') === true ? 'button' : 'elsewhere';
  });
}

describe('the Export menu', () => {
  // Its list loads in a chunk of its own: opened before the chunk arrived, the menu showed nothing at all.
  it('says it is loading while its list’s code is on the way, keeps the keyboard moving, and fills in', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [viewport, label] of [
      [LAPTOP, '1366'],
      [PROJECTOR, '1920'],
    ] as const) {
      // The list's chunk is held back, as on a slow link, from the page's first load until released.
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const chunk = /\/assets\/ExportMenuList-[^/]+\.js$/;
      const fatou = await openDraft(e2e.browser, e2e.server.url, {
        name: FATOU.name,
        joinUrl: await invite(e2e.server, FATOU),
        viewport,
        prepare: (context) =>
          context.route(chunk, async (route) => {
            await released;
            await route.continue();
          }),
      });
      const { page } = fatou;
      try {
        await waitForDraft(page);
        // The layers over the draft (its header buttons) are there: before them, axe finds the scrolling draft
        // area with nothing it counts as focusable (it does not count the editable text), on a busy machine.
        await page.locator('[data-indicator-comment]').first().waitFor();
        const toggle = page.locator('.rt-export__toggle');
        await toggle.click();
        const menu = page.locator('.rt-export__menu');
        await menu.waitFor();
        expect(await menu.getAttribute('aria-busy'), label).toBe('true');
        expect(await menu.textContent(), label).toBe('Loading…');
        expect(await seriousViolations(page), label).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, `export-loading-${label}.png`) });

        // Nothing in it to Tab to: the next Tab goes on past the menu and closes it, Shift+Tab comes back to its button.
        await toggle.focus();
        await page.keyboard.press('Tab');
        expect(await focusInMenu(page), label).toBe('elsewhere');
        await menu.waitFor({ state: 'hidden' });
        await page.keyboard.press('Shift+Tab');
        expect(await focusInMenu(page), label).toBe('button');
        // Opened again by keyboard, still loading.
        await page.keyboard.press('Enter');
        await menu.waitFor();
        expect(await menu.getAttribute('aria-busy'), label).toBe('true');

        release();
        await menu.locator('a').first().waitFor();
        expect(await menu.getAttribute('aria-busy'), label).toBeNull();
        expect(await focusInMenu(page), label).toBe('button');
        await page.keyboard.press('Tab');
        expect(await focusInMenu(page), label).toBe('list');
        await page.screenshot({ path: join(ARTIFACTS, `export-loaded-${label}.png`) });
        // Shift+Tab back past its button closes it too, as a menu does, and focus goes on.
        await page.keyboard.press('Shift+Tab');
        expect(await focusInMenu(page), label).toBe('button');
        await page.keyboard.press('Shift+Tab');
        await menu.waitFor({ state: 'hidden' });
        expect(await focusInMenu(page), label).toBe('elsewhere');
        await toggle.focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        expect(await focusInMenu(page), label).toBe('list');
        await page.keyboard.press('Escape');
        await menu.waitFor({ state: 'hidden' });
        expect(await focusInMenu(page), label).toBe('button');
        expect(fatou.errors).toEqual([]);
      } finally {
        await fatou.context.close();
      }
    }
  });
});
