import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForDraft } from './draftPage.ts';
import { invite } from './invite.ts';
import { caretIndicator, type FocusStop, invisibleStops, tabTo } from './keyboardWalk.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const POLL = { timeout: 10_000 };

const e2e = useBrowserAndServer();

/** Opens an invitation in a fresh context with no name kept: the page asks for one. */
async function arrive(name: string, role: 'participant' | 'facilitator', organisation: string) {
  const opened = await e2e.openPage();
  await opened.page.goto(await invite(e2e.server, { name, organisation, role }));
  return opened;
}

/** Joins by keyboard: the name prompt has focus; type the name and press Enter. */
async function joinByKeyboard(page: Page, name: string): Promise<void> {
  await page.getByRole('dialog', { name: 'Welcome to the consultation' }).waitFor();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Welcome to the consultation' }).waitFor({ state: 'detached' });
  await waitForDraft(page);
}

describe('everything by keyboard alone', () => {
  it('a participant joins, moves through the outline, comments on a selection and replies; a facilitator puts it on the table, sets a status, locks and resolves', async () => {
    const amina = await arrive('Amina Diallo', 'participant', 'min-interior');
    const fatou = await arrive('Fatou Ndiaye', 'facilitator', 'iom-veloria');
    const stops: FocusStop[] = [];
    try {
      await joinByKeyboard(amina.page, 'Amina Diallo');
      await joinByKeyboard(fatou.page, 'Fatou Ndiaye');
      const { page } = amina;

      // What gets the focus in the outline shows below its sticky header, even with the outline scrolled a little.
      await page.locator('.rt-outline').evaluate((outline) => {
        outline.scrollTop = 40;
      });
      await page.locator('.rt-outline .rt-legend summary').focus();
      expect(
        await page.evaluate(() => {
          const header = document.querySelector('.rt-outline .rt-panel-header')?.getBoundingClientRect();
          const focused = document.activeElement?.getBoundingClientRect();
          return header !== undefined && focused !== undefined && focused.top >= header.bottom - 1;
        }),
      ).toBe(true);

      // The outline: Tab to indicator 2.1, Enter puts the caret in it; Alt+Down moves to the next.
      stops.push(...(await tabTo(page, '[data-outline-id="2.1"]')));
      await page.keyboard.press('Enter');
      await expect.poll(() => caretIndicator(page), POLL).toBe('2.1');
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => caretIndicator(page), POLL).toBe('2.2');

      // Comment on a selection: Shift+Right selects, Ctrl+Alt+M opens the composer with focus in it.
      for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowRight');
      const quote = await page.evaluate(() => window.getSelection()?.toString() ?? '');
      expect(quote.length).toBeGreaterThan(0);
      // Where the keys would go the moment the composer is in the page: its text, not the draft.
      await page.evaluate(() => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('.rt-composer') === null) return;
          document.body.dataset.focusAtComposer = document.activeElement?.tagName ?? '';
          observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      await page.keyboard.press('Control+Alt+KeyM');
      await page.locator('.rt-composer').waitFor();
      expect(await page.evaluate(() => document.body.dataset.focusAtComposer)).toBe('TEXTAREA');
      await page.keyboard.type('Please name the source of these figures.');
      // The type is a radio group before the text: Shift+Tab into it, arrows choose.
      stops.push(...(await tabTo(page, '.rt-composer input[type="radio"]', { back: true, max: 20 })));
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('.rt-composer input[type="radio"]:checked').count()).toBe(1);
      stops.push(...(await tabTo(page, '.rt-composer textarea', { max: 20 })));
      await page.keyboard.press('Control+Enter');
      await page.locator('.rt-composer').waitFor({ state: 'detached' });
      const thread = page.locator('.rt-thread--active');
      await thread.waitFor();
      expect(await thread.textContent()).toContain('Please name the source of these figures.');

      // Reply, from the thread's reply box.
      stops.push(...(await tabTo(page, '.rt-thread--active .rt-reply__input', { max: 40 })));
      await page.keyboard.type('The 2024 labour force survey, for instance.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => thread.textContent(), POLL).toContain('The 2024 labour force survey, for instance.');

      // Raise a hand, out of the reply box (in a text box the meeting's keys are the box's).
      await page.keyboard.press('Tab');
      await page.keyboard.press('Alt+Shift+KeyH');
      await expect.poll(() => fatou.page.getByRole('tab', { name: /^Meeting/ }).textContent(), POLL).toContain('1');

      // The facilitator: outline to 2.2, on the table.
      const f = fatou.page;
      stops.push(...(await tabTo(f, '[data-outline-id="2.2"]')));
      await f.keyboard.press('Enter');
      await expect.poll(() => caretIndicator(f), POLL).toBe('2.2');
      // The shortcut takes the indicator in view: wait until the jump has scrolled there.
      await f.locator('[data-outline-id="2.2"][aria-current="location"]').waitFor(POLL);
      await f.keyboard.press('Alt+Shift+KeyT');
      await page.locator('[data-indicator-id="2.2"][data-on-table="true"]').waitFor(POLL);

      // Its meeting status: Tab to the select over its header, arrows change it.
      stops.push(...(await tabTo(f, 'select[aria-label="Meeting status of indicator 2.2"]', { max: 250 })));
      const before = await f.locator('select[aria-label="Meeting status of indicator 2.2"]').inputValue();
      await f.keyboard.press('ArrowDown');
      await expect
        .poll(() => f.locator('select[aria-label="Meeting status of indicator 2.2"]').inputValue(), POLL)
        .not.toBe(before);
      await page.locator(`[data-outline-id="2.2"]:not([data-status="${before}"])`).waitFor(POLL);

      // Lock it with its button in the header (the overlay's controls come in groups: all statuses, then all marks).
      stops.push(...(await tabTo(f, '[data-lock-button="2.2"]', { max: 400 })));
      await f.keyboard.press('Enter');
      await page.locator('[data-outline-id="2.2"][data-locked="true"]').waitFor(POLL);

      // Resolve Amina's comment: the comments tab, the thread, Resolve…, an outcome and a response.
      // Past the draft's controls to the side panel's tabs (one stop: the arrows move between them).
      stops.push(...(await tabTo(f, '[role="tab"][aria-selected="true"]', { max: 700 })));
      const commentsTab = f.locator('[role="tab"][aria-selected="true"]', { hasText: 'Comments' });
      for (let i = 0; i < 3 && (await commentsTab.count()) === 0; i++) {
        await f.keyboard.press('ArrowRight');
        await f.waitForTimeout(100);
      }
      await commentsTab.waitFor(POLL);
      expect(await commentsTab.evaluate((el) => el === document.activeElement)).toBe(true);
      // All comments (the panel starts on the indicator in view), then the thread.
      stops.push(...(await tabTo(f, '.rt-segmented button[aria-pressed="false"]', { max: 10 })));
      await f.keyboard.press('Enter');
      stops.push(...(await tabTo(f, '.rt-thread-list button[data-thread-id]', { max: 60 })));
      await f.keyboard.press('Enter');
      stops.push(...(await tabTo(f, '.rt-thread--active button', { max: 40, text: 'Resolve…' })));
      await f.keyboard.press('Enter');
      const dialog = f.getByRole('dialog', { name: 'Resolve comment on 2.2' });
      await dialog.waitFor();
      await f.keyboard.press('Space');
      stops.push(...(await tabTo(f, '.rt-resolve textarea', { max: 10 })));
      await f.keyboard.type('Source added in the finding.');
      stops.push(...(await tabTo(f, '.rt-resolve button[type="submit"]', { max: 10 })));
      await f.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('.rt-thread--active').textContent(), POLL).toMatch(/Accepted/);

      expect(invisibleStops(stops)).toEqual([]);
      expect(amina.errors).toEqual([]);
      expect(fatou.errors).toEqual([]);
    } finally {
      await Promise.all([amina.context.close(), fatou.context.close()]);
    }
  });
});
