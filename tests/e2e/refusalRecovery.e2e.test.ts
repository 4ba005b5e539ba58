import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findingText } from '../helpers/draftText.ts';
import { REPO_ROOT } from '../helpers/startServer.ts';
import { finding, openDraft, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { invite } from './invite.ts';
import { routeDraftThroughRefusingProxy } from './refusingProxy.ts';
import { useServerDraftWitness } from './serverDraft.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const ARTIFACTS = join(REPO_ROOT, 'tests/.artifacts');

/** Pixels from the top of the reading area to the top of an indicator block. */
function offsetInCanvas(page: Page, indicatorId: string): Promise<number | null> {
  return page.evaluate((id) => {
    const canvas = document.querySelector('.rt-canvas');
    const block = document.querySelector(`.rt-editor__content [data-indicator-id="${id}"]`);
    if (canvas === null || block === null) return null;
    return block.getBoundingClientRect().top - canvas.getBoundingClientRect().top;
  }, indicatorId);
}

const e2e = useBrowserAndServer();
const witness = useServerDraftWitness(e2e);

describe('when the server refuses a change (4422)', () => {
  it('says what was refused, reloads the server’s copy at the same place, and offers the unsaved text, across two refusals', async () => {
    let proxy: Awaited<ReturnType<typeof routeDraftThroughRefusingProxy>> | undefined;
    const amina = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Amina',
      joinUrl: await invite(e2e.server, { name: 'Amina', organisation: 'min-labour' }),
      prepare: async (context) => {
        proxy = await routeDraftThroughRefusingProxy(context);
      },
    });
    if (proxy === undefined) throw new Error('no proxy');
    const { page } = amina;
    try {
      await waitForDraft(page);
      await placeCaretInFinding(page, '2.4', 'end');
      await page.keyboard.insertText(' Kept sentence.');
      await expect.poll(() => findingText(witness.doc, '2.4')).toContain('Kept sentence.');

      await placeCaretInFinding(page, '3.2', 'end');
      const placeBefore = await offsetInCanvas(page, '3.2');
      proxy.refuseNextChange({
        code: 4422,
        reason: 'refused: status of indicator 3.2 is set by facilitators through the API',
      });
      await page.keyboard.insertText(' Lost sentence typed here.');

      const notice = page.getByRole('alert').filter({ hasText: 'Your last change was not saved' });
      await notice.waitFor();
      // The editor typed in was replaced, so focus had fallen to the page: the notice has it, from its first frame.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('rt-refused-title');
      await expect
        .poll(() => notice.textContent())
        .toContain('Status of indicator 3.2 is set by facilitators through the API.');
      const box = await notice.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(768);

      // The unsaved text is offered once the fresh copy has loaded.
      const unsaved = notice.locator('[data-unsaved="indicator:3.2"] textarea');
      await unsaved.waitFor({ timeout: 20_000 });
      expect(await unsaved.inputValue()).toBe('Lost sentence typed here.');
      await expect.poll(() => notice.locator('[data-unsaved]').count()).toBe(1);

      // A second socket, on a fresh document that holds the server's copy and not the refused change.
      await page.locator('.rt-pill[data-status="connected"]').waitFor();
      expect(proxy.connections()).toBe(2);
      expect(proxy.refused()).toBe(1);
      await expect.poll(async () => (await finding(page, '2.4').textContent()) ?? '').toContain('Kept sentence.');
      expect(await finding(page, '3.2').textContent()).not.toContain('Lost sentence');
      // The place: 3.2 is where it was in the reading area.
      await expect
        .poll(async () => Math.abs(((await offsetInCanvas(page, '3.2')) ?? 1e6) - (placeBefore ?? 0)))
        .toBeLessThan(40);

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'refused-change-1366.png') });

      // Editing goes on, on the fresh document; the server never got the refused text.
      await placeCaretInFinding(page, '3.2', 'end');
      await page.keyboard.insertText(' Typed after the reload.');
      await expect.poll(() => findingText(witness.doc, '3.2')).toContain('Typed after the reload.');
      expect(findingText(witness.doc, '3.2')).not.toContain('Lost sentence');

      // A second refusal while the notice is open keeps the first unsaved text with the new one.
      proxy.refuseNextChange({ code: 4422, reason: 'refused: the finding of indicator 3.2 is locked' });
      await page.keyboard.insertText(' Second lost sentence.');
      await expect.poll(() => notice.textContent()).toContain('The finding of indicator 3.2 is locked.');
      // The editor typed in was replaced again: focus fell to the page, and the notice, already open, takes it.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('rt-refused-title');
      await expect
        .poll(() => unsaved.inputValue(), { timeout: 20_000 })
        .toBe('Lost sentence typed here.\nSecond lost sentence.');
      await page.locator('.rt-pill[data-status="connected"]').waitFor();
      expect(proxy.connections()).toBe(3);

      await notice.getByRole('button', { name: 'Close' }).click();
      await notice.waitFor({ state: 'detached' });
      expect(amina.errors).toEqual([]);
    } finally {
      await amina.context.close();
    }
  });
});

describe('when the server refuses a change as forbidden after the draft loaded (4403)', () => {
  it('reloads the draft read-only and offers the text that was not saved', async () => {
    // An observer whose browser believes it may edit: the real server refuses the first change.
    const link = await invite(e2e.server, { name: 'Olga', organisation: 'min-interior', role: 'observer' });
    const olga = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Olga',
      joinUrl: link,
      prepare: (context) =>
        context.route(
          (url) => url.pathname === '/api/me',
          async (route) => {
            const response = await route.fetch();
            const me = await response.json();
            await route.fulfill({ response, json: { ...me, actions: [...(me.actions ?? []), 'edit'] } });
          },
        ),
    });
    const { page } = olga;
    try {
      await waitForDraft(page);
      await placeCaretInFinding(page, '2.5', 'end');
      await page.keyboard.insertText(' Observer wrote this.');

      const notice = page.getByRole('alert').filter({ hasText: 'You may not edit this draft' });
      await notice.waitFor();
      await expect.poll(() => notice.textContent()).toContain('This role may not edit the document.');
      const unsaved = notice.locator('[data-unsaved="indicator:2.5"] textarea');
      await unsaved.waitFor({ timeout: 20_000 });
      expect(await unsaved.inputValue()).toBe('Observer wrote this.');

      await page.locator('.rt-pill[data-status="connected"]').waitFor();
      await page.locator('.rt-editor__content[contenteditable="false"] [data-indicator-id="2.5"]').waitFor();
      expect(await finding(page, '2.5').textContent()).not.toContain('Observer wrote this.');
      expect(findingText(witness.doc, '2.5')).not.toContain('Observer wrote this.');
      expect(e2e.server.output()).toMatch(/"code":4403/);
      expect(olga.errors).toEqual([]);
    } finally {
      await olga.context.close();
    }
  });
});
