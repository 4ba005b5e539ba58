import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';
import { finding, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { AMINA, FATOU, openInvited } from './invite.ts';

let browser: Browser;
let server: ServerProcess;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('versions and the lifecycle in the browser', () => {
  it('saves a version, compares it with a word diff, restores an indicator live, and validation makes the draft read-only', async () => {
    const fatou = await openInvited(browser, server, FATOU);
    const amina = await openInvited(browser, server, AMINA);
    try {
      await Promise.all([waitForDraft(fatou.page), waitForDraft(amina.page)]);
      for (const { page } of [fatou, amina]) page.on('dialog', (dialog) => void dialog.accept());
      const original = await finding(amina.page, '2.4').textContent();

      // The facilitator saves the draft as it is.
      await fatou.page.getByRole('button', { name: 'Versions' }).click();
      await fatou.page.getByPlaceholder('Draft shared with government').fill('Draft shared with government');
      await fatou.page.getByRole('button', { name: 'Save version' }).click();
      await fatou.page.locator('.rt-versions__list li', { hasText: 'Draft shared with government' }).waitFor();

      // A participant changes 2.4.
      await placeCaretInFinding(amina.page, '2.4', 'start');
      await amina.page.keyboard.type('Amended wording. ');
      await fatou.page
        .locator('[data-indicator-id="2.4"] .rt-indicator__body', { hasText: 'Amended wording. ' })
        .waitFor({ timeout: 10_000 });

      // The participant sees the version too, and has no save or restore.
      await amina.page.getByRole('button', { name: 'Versions' }).click();
      await amina.page.locator('.rt-versions__list li', { hasText: 'Draft shared with government' }).waitFor();
      expect(await amina.page.getByRole('button', { name: 'Save version' }).count()).toBe(0);
      expect(await amina.page.getByRole('button', { name: 'Restore all' }).count()).toBe(0);
      await amina.page.getByRole('button', { name: 'Close' }).click();

      // The facilitator compares the version with the current draft: 2.4, the added words highlighted.
      await fatou.page.getByRole('button', { name: 'Compare' }).click();
      const summary = fatou.page.getByTestId('compare-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(/^1 indicator changed, \d+ unchanged/);
      const change = fatou.page.locator('.rt-change[data-indicator="2.4"]');
      expect((await change.locator('ins').allTextContents()).join('')).toContain('Amended');
      expect(await change.textContent()).toContain('text added by Amina Diallo');

      // Restoring it reaches the participant live.
      await change.getByRole('button', { name: 'Restore this indicator' }).click();
      await fatou.page.getByRole('status').filter({ hasText: 'Restored 1 indicator and 0 sections.' }).waitFor();
      await amina.page
        .locator('[data-indicator-id="2.4"] .rt-indicator__body', { hasText: original ?? '' })
        .waitFor({ timeout: 10_000 });
      expect(await finding(amina.page, '2.4').textContent()).toBe(original);
      await fatou.page.getByRole('button', { name: 'Close' }).click();

      // The facilitator validates: the participant's draft becomes read-only, live. Her page cannot read the
      // consultation again meanwhile, so the move can only reach her through the meeting room.
      const summaryPath = (url: URL) => /^\/api\/consultations\/[^/]+$/.test(url.pathname);
      await amina.page.route(summaryPath, (route) => route.abort());
      // The status opens the facilitator's moves.
      await fatou.page.getByTestId('lifecycle-status').click();
      await fatou.page.getByRole('button', { name: 'Mark validated' }).click();
      await fatou.page.getByTestId('lifecycle-status').filter({ hasText: 'Validated' }).waitFor();
      const expectClosed = async () => {
        await amina.page.getByTestId('lifecycle-status').filter({ hasText: 'Validated' }).waitFor({ timeout: 20_000 });
        await amina.page.locator('.rt-editor__content[contenteditable="false"] [data-indicator-id="2.4"]').waitFor();
        // The top bar says why: the lifecycle, not the invitation (a participant may edit an open draft).
        expect(await amina.page.getByTestId('read-only').getAttribute('title')).toBe(
          'The consultation is validated: its draft is read-only',
        );
        expect(await amina.page.getByRole('button', { name: /^Mark / }).count()).toBe(0);
      };
      await expectClosed();
      // And after a reload, from the consultation as read.
      await amina.page.unroute(summaryPath);
      await amina.page.reload();
      await expectClosed();
      expect([...fatou.errors, ...amina.errors]).toEqual([]);
    } finally {
      await fatou.context.close();
      await amina.context.close();
    }
  });
});
