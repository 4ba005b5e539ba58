import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { postComment } from './commentsPage.ts';
import { finding, openDraft, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { FATOU, invite, openInvited } from './invite.ts';
import { type RefusingProxy, routeDraftThroughRefusingProxy } from './refusingProxy.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const e2e = useBrowserAndServer();

/** Holds back the scripts matching `chunk`, as on a slow link, until the returned function releases them. */
async function holdBack(context: BrowserContext, chunk: RegExp): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route(chunk, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Where focus is: inside an open modal dialog, on the page behind one, or nowhere in particular (the body). */
function focusPlace(page: Page): Promise<'dialog' | 'page' | 'none'> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return 'none';
    return active.closest('dialog:modal') === null ? 'page' : 'dialog';
  });
}

/** Presses Tab `times` times and returns every place focus went to. */
async function tabAround(page: Page, times: number): Promise<Set<string>> {
  const places = new Set<string>();
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Tab');
    places.add(await focusPlace(page));
  }
  return places;
}

const isModal = (dialog: Locator) => dialog.evaluate((element) => element.matches(':modal'));
const hasFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe('modal dialogs', () => {
  it('keeps focus in the facilitator’s panel, closes it on Escape and gives focus back to its button', async () => {
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    const { page } = fatou;
    try {
      await waitForDraft(page);
      const opener = page.getByRole('button', { name: 'Invite people' });
      await opener.click();
      const panel = page.getByRole('dialog', { name: 'People and invitations' });
      await panel.waitFor();
      expect(await isModal(panel)).toBe(true);
      // More presses than the panel has controls: focus goes round inside it, never to the page behind.
      expect(await tabAround(page, 30)).not.toContain('page');
      expect(await focusPlace(page)).not.toBe('page');

      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      expect(await hasFocus(opener)).toBe(true);
      expect(fatou.errors).toEqual([]);
    } finally {
      await fatou.context.close();
    }
  });

  it('holds focus in the resolve dialog and gives it back to "Resolve…" on Cancel', async () => {
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    const { page } = fatou;
    try {
      await waitForDraft(page);
      const button = page.locator('[data-indicator-comment="2.13"]');
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await postComment(page, { type: 'Question', body: 'Should the finding name the 2025 census?' });
      const resolve = page.locator('.rt-thread--active').getByRole('button', { name: 'Resolve…' });
      await resolve.click();
      const dialog = page.getByRole('dialog', { name: 'Resolve comment on 2.13' });
      await dialog.waitFor();
      expect(await isModal(dialog)).toBe(true);
      expect(await hasFocus(dialog.getByRole('radio', { name: /Accepted/ }).first())).toBe(true);
      expect(await tabAround(page, 15)).not.toContain('page');

      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await hasFocus(resolve)).toBe(true);
      expect(fatou.errors).toEqual([]);
    } finally {
      await fatou.context.close();
    }
  });

  it('does not let Escape dismiss the first visit’s name prompt, which must be answered', async () => {
    const { context, page } = await e2e.openPage();
    try {
      await page.goto(await invite(e2e.server, { name: 'Dana Levi', organisation: 'min-health' }));
      const prompt = page.getByRole('dialog', { name: 'Welcome to the consultation' });
      await prompt.waitFor();
      const input = prompt.getByLabel('Your name');
      expect(await hasFocus(input)).toBe(true);
      // Chromium lets a page cancel one Escape, not a second one with no click or typing between.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
      // Escape had its chance: each press was dispatched before it resolved, and two frames later anything it
      // closed would be gone. The prompt is still there, modal, and the name still focused.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await prompt.isVisible()).toBe(true);
      expect(await isModal(prompt)).toBe(true);
      expect(await tabAround(page, 6)).not.toContain('page');

      await prompt.getByRole('button', { name: 'Join' }).click();
      await prompt.waitFor({ state: 'detached' });
      await waitForDraft(page);
    } finally {
      await context.close();
    }
  });

  it('opens the shortcuts with "?" or their button; Escape gives focus back to the button, a click outside closes them', async () => {
    const amina = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Amina Diallo',
      joinUrl: await invite(e2e.server, { name: 'Amina Diallo', organisation: 'min-labour' }),
    });
    const { page } = amina;
    try {
      await waitForDraft(page);
      const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
      await opener.focus();
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await help.waitFor();
      expect(await isModal(help)).toBe(true);
      expect(await help.textContent()).toContain('Comment on the selected text');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
      expect(await hasFocus(opener)).toBe(true);

      // Like a popover: a click anywhere else closes it (and focus goes where the click went).
      await opener.click();
      await help.waitFor();
      await page.mouse.click(400, 500);
      await help.waitFor({ state: 'detached' });
      expect(amina.errors).toEqual([]);
    } finally {
      await amina.context.close();
    }
  });
  // The dialog's code loads with the panels: "?" before it arrived, then Escape or a click elsewhere, opened it later anyway,
  // taking focus from wherever the person had gone (their next keys went to the dialog).
  it('does not open the shortcuts late, once their code arrives, when Escape or a click elsewhere cancelled "?"', async () => {
    const amina = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Amina Diallo',
      joinUrl: await invite(e2e.server, { name: 'Amina Diallo', organisation: 'min-labour' }),
    });
    const { page, context } = amina;
    try {
      await waitForDraft(page);
      const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      for (const cancel of ['Escape', 'click'] as const) {
        // The dialog's chunk is held back, as on a slow link, until released.
        const chunk = /\/assets\/ShortcutsDialog-[^/]+\.js$/;
        const release = await holdBack(context, chunk);
        await page.reload();
        await waitForDraft(page);
        await page.locator('body').press('?');
        // Asked for, but not expanded until the dialog is in the page (its code is held back).
        expect(await opener.getAttribute('aria-expanded')).toBe('false');
        expect(await opener.getAttribute('aria-controls')).toBeNull();
        if (cancel === 'Escape') await page.keyboard.press('Escape');
        // A click in the draft, as on the way to typing there.
        await placeCaretInFinding(page, '1.1', 'end');
        expect(await opener.getAttribute('aria-expanded'), cancel).toBe('false');
        const arrived = page.waitForResponse(chunk);
        release();
        await arrived;
        await context.unroute(chunk);
        await page.keyboard.type(' typed after');
        await expect.poll(() => finding(page, '1.1').textContent()).toMatch(/ typed after$/);
        expect(await help.count(), cancel).toBe(0);
        // The same code shows the dialog when asked again: it was there to open.
        await opener.click();
        await help.waitFor();
        await page.keyboard.press('Escape');
        await help.waitFor({ state: 'detached' });
      }
      expect(amina.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  // Their code loads when first opened (asked for again until it arrives): Escape or a click into the draft before
  // it arrived did not cancel the opening, and the dialog popped up later and took the keyboard from the draft.
  // The comment layer (DraftOverlays) loads a chunk after the draft is editable: Ctrl+Alt+M pressed meanwhile did nothing.
  it('opens the composer on the selection for Ctrl+Alt+M pressed before the comment layer’s code arrived', async () => {
    const amina = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Amina Diallo',
      joinUrl: await invite(e2e.server, { name: 'Amina Diallo', organisation: 'min-labour' }),
    });
    const { page, context } = amina;
    try {
      // The layer's chunk is held back, as on a slow link, until released.
      const chunk = /\/assets\/DraftOverlays-[^/]+\.js$/;
      const release = await holdBack(context, chunk);
      const asked = page.waitForRequest(chunk);
      await page.reload();
      await waitForDraft(page);
      await asked;
      await placeCaretInFinding(page, '2.4', 'start');
      for (let i = 0; i < 9; i++) await page.keyboard.press('Shift+ArrowRight');
      const quote = await page.evaluate(() => window.getSelection()?.toString() ?? '');
      expect(quote.length).toBe(9);
      const before = await finding(page, '2.4').textContent();
      await page.keyboard.press('Control+Alt+KeyM');
      expect(await page.locator('.rt-composer').count()).toBe(0);
      release();
      const composer = page.locator('.rt-composer');
      await composer.waitFor();
      expect(await composer.textContent()).toContain(quote);
      // The keys reached neither the draft nor, once arrived, a second composer.
      expect(await finding(page, '2.4').textContent()).toBe(before);
      expect(await composer.count()).toBe(1);
      await context.unroute(chunk);
      expect(amina.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('does not open Versions or the invitations late, once their code arrives, when Escape or a click elsewhere cancelled them', async () => {
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    const { page, context } = fatou;
    try {
      for (const [button, name, chunk] of [
        ['Versions', 'Versions', /\/assets\/VersionsDialog-[^/]+\.js$/],
        ['Invite people', 'People and invitations', /\/assets\/InvitationsDialog-[^/]+\.js$/],
      ] as const) {
        for (const cancel of ['Escape', 'click'] as const) {
          const what = `${button}, ${cancel}`;
          // The dialog's chunk is held back, as on a slow link, until released.
          const release = await holdBack(context, chunk);
          await page.reload();
          await waitForDraft(page);
          const asked = page.waitForRequest(chunk);
          await page.getByRole('button', { name: button }).click();
          await asked;
          if (cancel === 'Escape') await page.keyboard.press('Escape');
          // A click in the draft, as on the way to typing there.
          await placeCaretInFinding(page, '1.1', 'end');
          const arrived = page.waitForResponse(chunk);
          release();
          await arrived;
          await context.unroute(chunk);
          const typed = ` ${button} ${cancel}`;
          await page.keyboard.type(typed);
          await expect
            .poll(() => finding(page, '1.1').textContent(), { message: what })
            .toMatch(new RegExp(`${typed}$`));
          const dialog = page.getByRole('dialog', { name });
          expect(await dialog.count(), what).toBe(0);
          // The same code shows the dialog when asked again: it was there to open.
          await page.getByRole('button', { name: button }).click();
          await dialog.waitFor();
          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'detached' });
        }
      }
      expect(fatou.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  // They loaded through React.lazy, which keeps a failed import: after one lost chunk (or one lost file of
  // their messages) the button did nothing until the page was reloaded.
  it('opens Versions and the invitations after their code failed to arrive once', async () => {
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    const { page, context } = fatou;
    try {
      await waitForDraft(page);
      for (const [button, dialog, chunk] of [
        ['Versions', 'Versions', /\/assets\/VersionsDialog-[^/]+\.js$/],
        ['Invite people', 'People and invitations', /\/assets\/InvitationsDialog-[^/]+\.js$/],
      ] as const) {
        let requests = 0;
        await context.route(chunk, (route) => (requests++ === 0 ? route.abort() : route.continue()));
        await page.getByRole('button', { name: button }).click();
        const opened = page.getByRole('dialog', { name: dialog });
        await opened.waitFor({ timeout: 20_000 });
        expect(requests, button).toBe(2);
        await page.keyboard.press('Escape');
        await opened.waitFor({ state: 'detached' });
      }
      expect(fatou.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  // The four dialogs of the room shared one Suspense boundary: while one's code loaded, the others were taken out of
  // the page (preact/compat parks a suspended boundary's children off the page), here the notice with the unsaved text.
  it('keeps the refused-change notice on the page while the Versions dialog’s code loads', async () => {
    let proxy: RefusingProxy | undefined;
    const amina = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Amina Diallo',
      joinUrl: await invite(e2e.server, { name: 'Amina Diallo', organisation: 'min-labour' }),
      prepare: async (context) => {
        proxy = await routeDraftThroughRefusingProxy(context);
      },
    });
    const { page, context } = amina;
    try {
      if (proxy === undefined) throw new Error('no proxy');
      await waitForDraft(page);
      await placeCaretInFinding(page, '3.2', 'end');
      proxy.refuseNextChange({ code: 4422, reason: 'refused: the finding of indicator 3.2 is locked' });
      await page.keyboard.insertText(' Lost sentence.');
      const notice = page.getByRole('alert').filter({ hasText: 'Your last change was not saved' });
      const unsaved = notice.locator('[data-unsaved="indicator:3.2"] textarea');
      await unsaved.waitFor({ timeout: 20_000 });

      const chunk = /\/assets\/VersionsDialog-[^/]+\.js$/;
      const release = await holdBack(context, chunk);
      const asked = page.waitForRequest(chunk);
      await page.getByRole('button', { name: 'Versions' }).click();
      await asked;
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await notice.isVisible()).toBe(true);
      expect(await unsaved.inputValue()).toBe('Lost sentence.');

      release();
      const versions = page.getByRole('dialog', { name: 'Versions' });
      await versions.waitFor();
      await page.keyboard.press('Escape');
      await versions.waitFor({ state: 'detached' });
      expect(await notice.isVisible()).toBe(true);
      expect(amina.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
