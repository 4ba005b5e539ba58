import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { postComment } from './commentsPage.ts';
import { openDraft, waitForDraft } from './draftPage.ts';
import { FATOU, invite, openInvited } from './invite.ts';
import { atTopOfCanvas } from './meetingPage.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const POLL = { timeout: 10_000 };

const e2e = useBrowserAndServer();

const said = (page: Page) => page.locator('[data-meeting-announcer]').textContent();

describe('the live region for screen readers', () => {
  it('announces joins, the table and new comments in view, answers who is here and where the facilitator is, and can be muted', async () => {
    const amina = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Amina Diallo',
      joinUrl: await invite(e2e.server, { name: 'Amina Diallo', organisation: 'min-interior' }),
    });
    await waitForDraft(amina.page);
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    const { page } = amina;
    try {
      await waitForDraft(fatou.page);
      // One polite region, and remote carets are hidden from screen readers.
      expect(await page.locator('[data-meeting-announcer][aria-live="polite"]').count()).toBe(1);
      expect(await page.locator('.rt-editor__cursors').getAttribute('aria-hidden')).toBe('true');
      await expect.poll(() => said(page), POLL).toMatch(/^Fatou Ndiaye \(.+\) joined\.$/);

      // Who is here, on demand (read at once, whatever the pace of the changes).
      await page.keyboard.press('Alt+Shift+KeyW');
      await expect.poll(() => said(page), POLL).toMatch(/^2 people here, with you: Fatou Ndiaye \(.+\), facilitator, /);

      // The facilitator puts 3.2 on the table: Amina follows and hears it.
      await fatou.page.locator('[data-spotlight-button="3.2"]').scrollIntoViewIfNeeded();
      await fatou.page.locator('[data-spotlight-button="3.2"]').click();
      await expect.poll(() => said(page), POLL).toContain('On the table: 3.2 Regional free movement agreement.');
      await page.keyboard.press('Alt+Shift+KeyE');
      await expect
        .poll(() => said(page), POLL)
        .toMatch(/^Fatou Ndiaye \(.+\) is .+\. On the table: 3\.2 Regional free movement agreement\.$/);

      // A new comment on the indicator Amina has in view is read out.
      await expect.poll(() => atTopOfCanvas(page, '3.2'), POLL).toBe(true);
      const commentButton = fatou.page.locator('[data-indicator-comment="3.2"]');
      await commentButton.scrollIntoViewIfNeeded();
      await commentButton.click();
      await postComment(fatou.page, { type: 'Question', body: 'Which countries have signed so far?' });
      await expect
        .poll(() => said(page), POLL)
        .toContain('New comment on 3.2 by Fatou Ndiaye: Which countries have signed so far?');

      // Muted (by its key), the region says so and then nothing of the room's changes.
      await page.keyboard.press('Alt+Shift+KeyA');
      await expect.poll(() => said(page), POLL).toBe('Announcements muted.');
      await fatou.page.locator('[data-spotlight-button="3.3"]').click();
      await page.locator('[data-indicator-id="3.3"][data-on-table="true"]').waitFor(POLL);
      // Longer than the pace of announcements (4 s): a queued one would have been read by now.
      await page.waitForTimeout(4_500);
      expect(await said(page)).toBe('Announcements muted.');
      // The choice is in the help dialog too, and lasts across reloads.
      await page.reload();
      await waitForDraft(page);
      await page.keyboard.press('?');
      const toggle = page.getByRole('checkbox', { name: /Read out changes/ });
      expect(await toggle.isChecked()).toBe(false);
      await toggle.check();
      await page.keyboard.press('Escape');
      expect(amina.errors).toEqual([]);
    } finally {
      await Promise.all([amina.context.close(), fatou.context.close()]);
    }
  });
});
