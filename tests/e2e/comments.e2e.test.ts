import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickHighlight,
  commentOnSelection,
  highlightedTexts,
  highlightOf,
  highlightsOnce,
  highlightsShowing,
  poll,
  postComment,
  selectInFinding,
  waitForDraftLoaded,
} from './commentsPage.ts';
import { finding, openDraft, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { AMINA, FATOU, invite, openInvited } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const QUOTE = 'Law No. 24/2010 on Local Self-Government';

const e2e = useBrowserAndServer();

const sidebarThread = (page: Page) => page.locator('.rt-side .rt-thread');

describe('commenting on a selection, live, and resolving it', () => {
  it('shows a participant’s comment to the facilitator without a reload, and unpaints it for both once resolved', async () => {
    const amina = await openInvited(e2e.browser, e2e.server, AMINA);
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    try {
      await Promise.all([waitForDraft(amina.page), waitForDraft(fatou.page)]);

      await commentOnSelection(amina.page, '2.4', QUOTE, {
        type: 'Factual correction',
        body: 'The law was amended in 2025: municipalities now run integration services.',
        proposed: 'Law No. 24/2010 on Local Self-Government, as amended in 2025,',
      });
      // The participant's own thread opens in the sidebar, with its quote, attributed to them.
      const own = amina.page.locator('.rt-thread--active');
      await own.waitFor();
      expect(await own.textContent()).toContain('Ministry of Labour and Social Protection');
      expect(await own.locator('.rt-quote-snippet').textContent()).toBe(QUOTE);
      expect(await own.locator('.rt-proposal__new').textContent()).toContain('as amended in 2025');
      expect(await highlightsOnce(amina.page, 1)).toEqual([QUOTE]);

      // The facilitator sees it live: the highlight, the outline count, the indicator button.
      expect(await highlightsOnce(fatou.page, 1)).toEqual([QUOTE]);
      await fatou.page.locator('.rt-outline [data-outline-id="2.4"] .rt-outline__comments', { hasText: '1' }).waitFor();
      await fatou.page.locator('[data-indicator-comment="2.4"]', { hasText: '1' }).waitFor();

      // The anchor follows the text through someone else's typing before it, and through their undo.
      await placeCaretInFinding(fatou.page, '2.4', 'start');
      await fatou.page.keyboard.type('Since 2026, ');
      await poll(
        async () => (await finding(amina.page, '2.4').textContent()) ?? '',
        (t) => t.startsWith('Since 2026, '),
      );
      expect(await highlightsShowing(amina.page, [QUOTE])).toEqual([QUOTE]);
      expect(await highlightsShowing(fatou.page, [QUOTE])).toEqual([QUOTE]);
      await fatou.page.keyboard.press('ControlOrMeta+z');
      await poll(
        async () => (await finding(amina.page, '2.4').textContent()) ?? '',
        (t) => !t.includes('Since 2026, '),
      );
      expect(await highlightsShowing(amina.page, [QUOTE])).toEqual([QUOTE]);
      expect(await highlightsShowing(fatou.page, [QUOTE])).toEqual([QUOTE]);

      // A click on the highlighted text opens the thread in the sidebar.
      await clickHighlight(fatou.page, QUOTE);
      const thread = fatou.page.locator('.rt-thread--active');
      await thread.waitFor();
      expect(await thread.textContent()).toContain('The law was amended in 2025');
      expect(await thread.textContent()).toContain('Amina Diallo');

      await thread.getByRole('button', { name: 'Resolve…' }).click();
      const dialog = fatou.page.getByRole('dialog', { name: 'Resolve comment on 2.4' });
      await dialog.getByText('Accepted with changes', { exact: true }).click();
      await dialog.getByLabel(/^Response/).fill('Agreed; the finding will cite the 2025 amendment.');
      await dialog.getByLabel(/Apply the proposed wording to the draft/).check();
      await dialog.getByRole('button', { name: 'Resolve', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });

      // Gone at once for both, and the decision is on the thread for everyone.
      expect(await highlightsOnce(fatou.page, 0)).toEqual([]);
      expect(await highlightsOnce(amina.page, 0)).toEqual([]);
      await amina.page.locator('.rt-thread--active .rt-resolution', { hasText: 'Accepted with changes' }).waitFor();
      const resolution = await amina.page.locator('.rt-thread--active .rt-resolution').textContent();
      expect(resolution).toContain('Agreed; the finding will cite the 2025 amendment.');
      expect(resolution).toContain('Resolved by Fatou Ndiaye (IOM Veloria Office)');
      await fatou.page
        .locator('.rt-outline [data-outline-id="2.4"] .rt-outline__comments')
        .waitFor({ state: 'detached' });
      // The proposed wording replaced the anchored text, in both drafts.
      for (const { page } of [amina, fatou]) {
        const text = await poll(
          async () => (await finding(page, '2.4').textContent()) ?? '',
          (t) => t.includes('as amended in 2025,'),
        );
        expect(text).toContain('Law No. 24/2010 on Local Self-Government, as amended in 2025, does not assign');
      }
      expect(resolution).toContain('Wording applied to the draft');

      expect(amina.errors).toEqual([]);
      expect(fatou.errors).toEqual([]);
    } finally {
      await Promise.all([amina.context.close(), fatou.context.close()]);
    }
  });

  it('lets a commenter, who cannot edit, comment on a selection with the floating button, reply, edit and delete', async () => {
    const boris = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Boris Petrov',
      joinUrl: await invite(e2e.server, {
        name: 'Boris Petrov',
        organisation: 'state-migration-service',
        role: 'commenter',
      }),
    });
    try {
      await waitForDraftLoaded(boris.page);
      expect(await boris.page.locator('.rt-editor__content').getAttribute('contenteditable')).toBe('false');

      await selectInFinding(boris.page, '2.6', 'A second action plan for 2026-2030');
      await boris.page.getByRole('button', { name: 'Comment', exact: true }).click();
      // Posting without a type says so, and takes the focus to the choice the message describes.
      const composer = boris.page.locator('.rt-composer');
      await composer.getByLabel('Comment', { exact: true }).fill('The second action plan was adopted in May.');
      await composer.getByRole('button', { name: 'Post comment' }).click();
      await composer.getByText('Choose what kind of comment this is.').waitFor();
      expect(
        await boris.page.evaluate(() => {
          const focused = document.activeElement;
          return focused instanceof HTMLInputElement ? `${focused.name}:${focused.type}` : focused?.tagName;
        }),
      ).toBe('thread-type:radio');
      await postComment(boris.page, { type: 'Update', body: 'The second action plan was adopted in May.' });
      const thread = boris.page.locator('.rt-thread--active');
      await thread.waitFor();
      expect(await thread.locator('.rt-quote-snippet').textContent()).toBe('A second action plan for 2026-2030');
      await poll(
        () => highlightedTexts(boris.page),
        (t) => t.includes('A second action plan for 2026-2030'),
      );

      await thread.getByLabel('Reply').fill('Decree No. 41 of 12 May 2026.');
      await thread.getByRole('button', { name: 'Reply', exact: true }).click();
      await thread.locator('.rt-comment', { hasText: 'Decree No. 41 of 12 May 2026.' }).waitFor();

      // Edit the opening remark: it says "edited" and keeps the earlier text.
      const first = thread.locator('.rt-comment').first();
      await first.getByRole('button', { name: 'Edit' }).click();
      await first.getByLabel('Edit your comment').fill('The second action plan was adopted on 12 May 2026.');
      await first.getByRole('button', { name: 'Save' }).click();
      await first.getByRole('button', { name: 'edited' }).click();
      await first.locator('.rt-comment__history', { hasText: 'The second action plan was adopted in May.' }).waitFor();

      // Delete the reply: a trace stays.
      const reply = thread.locator('.rt-comment', { hasText: 'Decree No. 41' });
      await reply.getByRole('button', { name: 'Delete' }).click();
      await reply.getByRole('button', { name: 'Delete' }).click();
      await thread.locator('.rt-comment__deleted', { hasText: 'Comment deleted' }).waitFor();
      expect(await thread.textContent()).not.toContain('Decree No. 41');
      // A commenter does not resolve.
      expect(await thread.getByRole('button', { name: 'Resolve…' }).count()).toBe(0);
      expect(boris.errors).toEqual([]);
    } finally {
      await boris.context.close();
    }
  });

  it('comments on a whole indicator from the button on its header', async () => {
    const chen = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Chen Wei',
      joinUrl: await invite(e2e.server, { name: 'Chen Wei', organisation: 'national-statistics-office' }),
    });
    try {
      await waitForDraft(chen.page);
      const button = chen.page.locator('[data-indicator-comment="2.12"]');
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const composer = chen.page.locator('.rt-composer');
      expect(await composer.textContent()).toContain('Comment on the indicator');
      await postComment(chen.page, { type: 'Missing source', body: 'Cite the 2024 Labour Force Survey report.' });
      const thread = chen.page.locator('.rt-thread--active');
      await thread.waitFor();
      expect(await thread.locator('.rt-quote-snippet').count()).toBe(0);
      await chen.page.locator('[data-indicator-comment="2.12"]', { hasText: '1' }).waitFor();
      expect(await sidebarThread(chen.page).count()).toBeGreaterThan(0);
    } finally {
      await chen.context.close();
    }
  });

  // The buttons are re-measured on resizes and block changes, no longer after every keystroke: a reflow must still move them.
  it('keeps the comment button on its header when typing above adds lines', async () => {
    const chen = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Chen Wei',
      joinUrl: await invite(e2e.server, { name: 'Chen Wei', organisation: 'national-statistics-office' }),
    });
    try {
      await waitForDraft(chen.page);
      const header = chen.page.locator('[data-indicator-id="2.5"] .rt-indicator__header');
      const button = chen.page.locator('[data-indicator-comment="2.5"]');
      const offset = async () => {
        const [h, b] = await Promise.all([header.boundingBox(), button.boundingBox()]);
        return Math.round((b?.y ?? Number.NaN) - (h?.y ?? Number.NaN));
      };
      await placeCaretInFinding(chen.page, '2.4', 'end');
      const before = await offset();
      const top = (await header.boundingBox())?.y ?? 0;
      await chen.page.keyboard.type(' More words here, enough of them to need a line or two more. '.repeat(3));
      await poll(
        async () => ((await header.boundingBox())?.y ?? 0) - top,
        (moved) => moved > 40,
      );
      await poll(offset, (now) => now === before);
    } finally {
      await chen.context.close();
    }
  });

  it('asks the facilitator why before resolving a remark as not accepted', async () => {
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    let resolveRequests = 0;
    fatou.page.on('request', (request) => {
      if (request.url().endsWith('/resolve')) resolveRequests++;
    });
    try {
      await waitForDraft(fatou.page);
      const button = fatou.page.locator('[data-indicator-comment="2.13"]');
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await postComment(fatou.page, { type: 'Question', body: 'Should the finding name the 2025 census?' });
      await fatou.page.locator('.rt-thread--active').getByRole('button', { name: 'Resolve…' }).click();
      const dialog = fatou.page.getByRole('dialog', { name: 'Resolve comment on 2.13' });
      await dialog.getByText('Not accepted', { exact: true }).click();
      await dialog.getByRole('button', { name: 'Resolve', exact: true }).click();
      await dialog.getByRole('alert').filter({ hasText: 'Say why the remark is not accepted' }).waitFor();
      expect(resolveRequests).toBe(0);

      await dialog.getByLabel(/^Response/).fill('The census results are not yet published.');
      await dialog.getByRole('button', { name: 'Resolve', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const resolution = fatou.page.locator('.rt-thread--active .rt-resolution', { hasText: 'Not accepted' });
      await resolution.waitFor();
      expect(await resolution.textContent()).toContain('The census results are not yet published.');
      expect(resolveRequests).toBe(1);
    } finally {
      await fatou.context.close();
    }
  });

  it('reads the comments in Azerbaijani and searches them with İ and ı as Azerbaijani readers type them', async () => {
    const benefit = 'İşsizlik müavinəti haqqında qanun 2024-cü ildə dəyişdirilib.';
    const centre = 'Sumqayıt şəhərində miqrantlar üçün yeni mərkəz açılıb.';
    const ilhame = await openDraft(e2e.browser, e2e.server.url, {
      name: 'İlhamə Quliyeva',
      joinUrl: await invite(e2e.server, { name: 'İlhamə Quliyeva', organisation: 'min-labour' }),
      prepare: (context) => context.addInitScript(() => window.localStorage.setItem('roundtable.language', 'az')),
    });
    const page = ilhame.page;
    const commentOnIndicator = async (indicatorId: string, body: string): Promise<void> => {
      const button = page.locator(`[data-indicator-comment="${indicatorId}"]`);
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const composer = page.locator('.rt-composer');
      expect(await composer.textContent()).toContain('Göstəriciyə şərh');
      await composer.getByText('Sual', { exact: true }).click();
      await composer.getByLabel('Şərh', { exact: true }).fill(body);
      await composer.getByRole('button', { name: 'Şərhi göndər' }).click();
      await composer.waitFor({ state: 'detached' });
      await page.locator('.rt-thread--active', { hasText: body }).waitFor();
    };
    try {
      await waitForDraft(page);
      await commentOnIndicator('2.11', benefit);
      await commentOnIndicator('2.10', centre);

      // Every comment of the consultation: the indicator button narrowed the list to 2.10.
      await page.getByRole('button', { name: /^Filtrlər/ }).click();
      await page.getByRole('combobox', { name: 'Göstərici' }).selectOption({ label: 'Bütün göstəricilər' });
      await page.getByRole('button', { name: 'Hamısı', exact: true }).click();
      const all = await poll(
        () => sidebarThread(page).count(),
        (n) => n >= 2,
      );

      // Capital İ is the dotted i of "işsizlik"; capital I the dotless ı of "Sumqayıt".
      const search = page.getByRole('searchbox', { name: 'Şərhlərdə axtar' });
      const listed = async (): Promise<string[]> =>
        (await sidebarThread(page).allTextContents()).map((t) =>
          t.includes(benefit) ? 'benefit' : t.includes(centre) ? 'centre' : t,
        );
      await search.fill('İŞSİZLİK MÜAVİNƏTİ');
      await poll(listed, (l) => JSON.stringify(l) === '["benefit"]');
      expect(await page.locator('.rt-filters__shown').textContent()).toBe(`Göstərilir: 1 / ${all} şərh`);
      // Only Azerbaijani rules read "SUMQAYIT" as "sumqayıt" (English ones give "sumqayit").
      await search.fill('SUMQAYIT ŞƏHƏRİNDƏ');
      await poll(listed, (l) => JSON.stringify(l) === '["centre"]');
      await search.fill('QAZAX');
      await page.locator('.rt-empty', { hasText: 'Bu filtrlərlə “QAZAX” axtarışına uyğun şərh yoxdur.' }).waitFor();
      expect(await sidebarThread(page).count()).toBe(0);

      await page.locator('.rt-empty').getByRole('button', { name: 'Filtrləri təmizlə' }).click();
      expect(await search.inputValue()).toBe('');
      await poll(
        () => sidebarThread(page).count(),
        (n) => n === all,
      );
      expect(await page.locator('.rt-filters__shown').count()).toBe(0);
      expect(ilhame.errors).toEqual([]);
    } finally {
      await ilhame.context.close();
    }
  });

  // @lexical/yjs rewrites a text node when part of it is formatted, which moved the anchor's end.
  it('keeps the highlight on its text when part of it is made bold, and then applies no wording over it', async () => {
    const quote = 'visa-free stay of up to 90 days';
    const amina = await openInvited(e2e.browser, e2e.server, AMINA);
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    try {
      await Promise.all([waitForDraft(amina.page), waitForDraft(fatou.page)]);
      await commentOnSelection(amina.page, '3.2', quote, {
        type: 'Update',
        body: 'Since 2026 the stay is 180 days.',
        proposed: 'visa-free stay of up to 180 days',
      });
      expect(await highlightOf(fatou.page, quote)).toEqual([quote]);

      await selectInFinding(fatou.page, '3.2', 'up to 90');
      await fatou.page.keyboard.press('ControlOrMeta+b');
      await finding(amina.page, '3.2').locator('.rt-bold', { hasText: 'up to 90' }).waitFor();
      expect(await highlightOf(amina.page, quote)).toEqual([quote]);
      expect(await highlightOf(fatou.page, quote)).toEqual([quote]);

      await clickHighlight(fatou.page, quote);
      await fatou.page.locator('.rt-thread--active').getByRole('button', { name: 'Resolve…' }).click();
      const dialog = fatou.page.getByRole('dialog', { name: 'Resolve comment on 3.2' });
      await dialog.getByText('Accepted', { exact: true }).click();
      const apply = dialog.getByLabel(/Apply the proposed wording to the draft/);
      expect(await apply.isDisabled()).toBe(true);
      expect(await dialog.textContent()).toContain('edit the draft by hand');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    } finally {
      await Promise.all([amina.context.close(), fatou.context.close()]);
    }
  });
});
