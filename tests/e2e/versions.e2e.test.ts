import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { finding, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { AMINA, FATOU, openInvited } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const e2e = useBrowserAndServer();

describe('versions and the lifecycle in the browser', () => {
  it('saves a version, compares it with a word diff, restores an indicator live, and validation makes the draft read-only', async () => {
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    const amina = await openInvited(e2e.browser, e2e.server, AMINA);
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
      await fatou.page.locator('summary[data-testid="lifecycle-status"]').click();
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

  // With a second facilitator's move the open menu's items changed under the pointer ("Back to draft" became
  // "Mark in consultation"), and the item that had focus went, leaving focus on nothing. The subtitle repeated
  // the status, as it was when the page opened.
  it("closes a facilitator's open menu when another moves, gives focus back to the status, and the subtitle leaves the status to it", async () => {
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    const rustam = await openInvited(e2e.browser, e2e.server, {
      name: 'Rustam Aliyev',
      organisation: 'iom-veloria',
      role: 'facilitator',
    });
    try {
      // The draft is read-only when the test before has validated it: wait for the connection, not for the editor.
      const connected = (page: Page) => page.locator('.rt-pill[data-status="connected"]').waitFor({ timeout: 20_000 });
      await Promise.all([connected(fatou.page), connected(rustam.page)]);
      for (const { page } of [fatou, rustam]) page.on('dialog', (dialog) => void dialog.accept());
      const { page } = rustam;
      const status = page.getByTestId('lifecycle-status');
      const meta = page.locator('.rt-topbar__meta');
      const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? null);
      const menuOpen = () => page.locator('.rt-lifecycle__menu').evaluate((menu) => (menu as HTMLDetailsElement).open);
      // The menu comes with the panels, after the draft has synced.
      await page.locator('summary[data-testid="lifecycle-status"]').waitFor();
      // Validated after the test before, in consultation when run alone: both have two moves, neither is final.
      const before = await status.textContent();
      expect(['Validated', 'In consultation']).toContain(before);
      expect(await meta.textContent()).toBe('Republic of Veloria · National profile · Round 2 · 2026');

      // Rustam opens the menu by keyboard and is on its second move when Fatou makes her first one.
      await status.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focusedText()).toMatch(/^Mark (published|validated)$/);
      await fatou.page.locator('summary[data-testid="lifecycle-status"]').click();
      await fatou.page.locator('.rt-lifecycle__moves button').first().click();
      const after = before === 'Validated' ? 'In consultation' : 'Draft';
      await status.filter({ hasText: new RegExp(`^${after}$`) }).waitFor({ timeout: 20_000 });
      expect(await menuOpen()).toBe(false);
      expect(await focusedText()).toBe(after);
      expect(await meta.textContent()).not.toContain(after);

      // A choice by keyboard leaves focus on the status, and Tab goes on to the next control.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const chosen = await focusedText();
      await page.keyboard.press('Enter');
      await status.filter({ hasText: new RegExp(`^(?!${after}$)`) }).waitFor();
      expect(await menuOpen()).toBe(false);
      expect(await focusedText()).toBe(await status.textContent());
      expect(chosen).not.toBeNull();
      await page.keyboard.press('Tab');
      expect(await focusedText()).toBe('Versions');
      expect([...fatou.errors, ...rustam.errors]).toEqual([]);
    } finally {
      await fatou.context.close();
      await rustam.context.close();
    }
  });
});
