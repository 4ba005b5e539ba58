import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/startServer.ts';
import { finding, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { AMINA, FATOU, openInvited } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const ARTIFACTS = join(REPO_ROOT, 'tests/.artifacts');

const e2e = useBrowserAndServer();

const statusChip = (page: Page, indicatorId: string) =>
  page.locator(`[data-indicator-id="${indicatorId}"] .rt-indicator__status`);
const statusSelect = (page: Page, indicatorId: string) =>
  page.getByRole('combobox', { name: `Meeting status of indicator ${indicatorId}` });

describe('running the meeting', () => {
  it('lets the facilitator set an indicator’s status, which a participant sees change live', async () => {
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    const amina = await openInvited(e2e.browser, e2e.server, AMINA);
    try {
      await Promise.all([waitForDraft(fatou.page), waitForDraft(amina.page)]);
      expect(await statusChip(amina.page, '2.4').textContent()).toBe('Not discussed');

      // The participant reads the status; there is no control for it, nor an export.
      expect(await amina.page.locator('[data-status-control]').count()).toBe(0);
      expect(await amina.page.getByRole('combobox', { name: /Meeting status/ }).count()).toBe(0);
      await amina.page.getByRole('tab', { name: /Comments/ }).click();
      expect(await amina.page.locator('.rt-export').count()).toBe(0);

      // The facilitator moves 2.4 to "Agreed" with the keyboard-reachable select on its header.
      const select = statusSelect(fatou.page, '2.4');
      await select.waitFor();
      expect(await select.inputValue()).toBe('not-discussed');
      await select.selectOption({ label: 'Agreed' });

      // Everyone's header follows the draft, the participant's without a reload.
      await statusChip(amina.page, '2.4')
        .filter({ hasText: /^Agreed$/ })
        .waitFor({ timeout: 10_000 });
      expect(await amina.page.locator('[data-indicator-id="2.4"]').getAttribute('data-status')).toBe('agreed');
      await fatou.page.locator('[data-indicator-id="2.4"][data-status="agreed"]').waitFor();
      expect(await select.inputValue()).toBe('agreed');
      await amina.page.locator('.rt-outline [data-outline-id="2.4"][data-status="agreed"]').waitFor();
      // Only 2.4 moved.
      expect(await statusChip(amina.page, '2.3').textContent()).toBe('Not discussed');
      expect(await amina.page.locator('[data-status-control]').count()).toBe(0);

      // Typing in the finding is unaffected by the control over its header.
      await placeCaretInFinding(fatou.page, '2.4', 'start');
      await fatou.page.keyboard.type('Agreed in the meeting. ');
      await amina.page
        .locator('[data-indicator-id="2.4"] .rt-indicator__body', { hasText: 'Agreed in the meeting. ' })
        .waitFor({ timeout: 10_000 });
      expect((await finding(fatou.page, '2.4').textContent())?.startsWith('Agreed in the meeting. ')).toBe(true);

      // The facilitator downloads the comment matrix from the Export menu, and one narrowed by the sidebar's filters.
      await fatou.page.getByRole('tab', { name: /Comments/ }).click();
      await fatou.page.locator('.rt-export summary').click();
      const exportLink = fatou.page.getByRole('link', { name: /Comment matrix \(Excel\)/ });
      await exportLink.waitFor();
      const [download] = await Promise.all([fatou.page.waitForEvent('download'), exportLink.click()]);
      expect(download.suggestedFilename()).toMatch(/^demo-comment-matrix-\d{4}-\d{2}-\d{2}\.xlsx$/);
      expect(await fatou.page.locator('.rt-export').getAttribute('open')).toBeNull();
      await fatou.page.getByRole('button', { name: /Filters/ }).click();
      await fatou.page.getByRole('combobox', { name: /Status/ }).selectOption('open');
      // Closed, the menu's links are hidden from roles: read the link itself.
      // The whole matrix stays first; the filtered one follows it.
      const xlsxHrefs = await fatou.page
        .locator('.rt-export a[href*="comments.xlsx"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(xlsxHrefs).toEqual([
        '/api/consultations/demo/export/comments.xlsx',
        '/api/consultations/demo/export/comments.xlsx?status=open',
      ]);
      await fatou.page.locator('.rt-export summary').click();
      mkdirSync(ARTIFACTS, { recursive: true });
      await fatou.page.screenshot({ path: join(ARTIFACTS, 'export-menu-1366.png') });
      // Escape from inside the menu closes it and gives focus back to its button.
      await fatou.page.locator('.rt-export a').first().focus();
      await fatou.page.keyboard.press('Escape');
      expect(await fatou.page.locator('.rt-export').getAttribute('open')).toBeNull();
      expect(await fatou.page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await fatou.page.locator('.rt-export summary').click();
      const [word] = await Promise.all([
        fatou.page.waitForEvent('download'),
        fatou.page.getByRole('link', { name: /Profile with open comments \(Word\)/ }).click(),
      ]);
      expect(word.suggestedFilename()).toMatch(/^demo-profile-annotated-\d{4}-\d{2}-\d{2}\.docx$/);

      mkdirSync(ARTIFACTS, { recursive: true });
      await fatou.page.locator('[data-indicator-id="2.4"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await fatou.page.waitForTimeout(400);
      await fatou.page.screenshot({ path: join(ARTIFACTS, 'meeting-facilitator-1366.png') });
      await amina.page.locator('[data-indicator-id="2.4"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await amina.page.waitForTimeout(400);
      await amina.page.screenshot({ path: join(ARTIFACTS, 'meeting-participant-1366.png') });

      expect(fatou.errors).toEqual([]);
      expect(amina.errors).toEqual([]);
    } finally {
      await Promise.all([fatou.context.close(), amina.context.close()]);
    }
  });
});
