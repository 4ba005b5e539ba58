import { demoConsultation } from '@roundtable/profile';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';
import { poll } from './commentsPage.ts';
import { finding, openDraft, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { invite } from './invite.ts';

function counts(page: Page) {
  return page.evaluate(() => ({
    indicators: document.querySelectorAll('.rt-editor__content [data-indicator-id]').length,
    domains: document.querySelectorAll('.rt-editor__content .rt-domain-heading').length,
    titles: document.querySelectorAll('.rt-editor__content .rt-section-heading--title').length,
    text: document.querySelector('.rt-editor__content')?.textContent ?? '',
  }));
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('co-editing the draft in two browsers', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('shows both people’s typing in the same finding, and each one’s labelled cursor to the other', async () => {
    const amina = await openDraft(browser, server.url, {
      name: 'Amina',
      joinUrl: await invite(server, { name: 'Amina', organisation: 'min-labour' }),
      viaPrompt: true,
    });
    const boris = await openDraft(browser, server.url, {
      name: 'Boris',
      joinUrl: await invite(server, { name: 'Boris', organisation: 'state-migration-service' }),
    });
    try {
      await Promise.all([waitForDraft(amina.page), waitForDraft(boris.page)]);

      await placeCaretInFinding(amina.page, '2.4', 'start');
      await amina.page.keyboard.type('Amina adds this. ');
      await placeCaretInFinding(boris.page, '2.4', 'end');
      await boris.page.keyboard.type(' Boris adds that.');

      for (const { page } of [amina, boris]) {
        const text = await poll(
          async () => (await finding(page, '2.4').textContent()) ?? '',
          (t) => t.includes('Amina adds this. ') && t.includes(' Boris adds that.'),
        );
        expect(text.startsWith('Amina adds this. ')).toBe(true);
        expect(text).toContain(' Boris adds that.');
      }

      // CollaborationPlugin renders a remote caret with the person's name (theme.collaboration.cursorName).
      await amina.page.locator('.rt-cursor__name', { hasText: 'Boris' }).waitFor({ timeout: 10_000 });
      await boris.page.locator('.rt-cursor__name', { hasText: 'Amina' }).waitFor({ timeout: 10_000 });
      // Each lists the other under "People here", with their organisation and where they are editing.
      await amina.page
        .locator('.rt-person[data-person="Boris"]', { hasText: 'State Migration Service' })
        .filter({ hasText: 'Editing 2.4' })
        .waitFor();
      await boris.page
        .locator('.rt-person[data-person="Amina"]', { hasText: 'Ministry of Labour and Social Protection' })
        .filter({ hasText: 'Editing 2.4' })
        .waitFor();

      expect(amina.errors).toEqual([]);
      expect(boris.errors).toEqual([]);
    } finally {
      await Promise.all([amina.context.close(), boris.context.close()]);
    }
  });

  it('keeps the header of an indicator out of reach: typing never lands in it', async () => {
    const page = await openDraft(browser, server.url, {
      name: 'Chen',
      joinUrl: await invite(server, { name: 'Chen' }),
    });
    try {
      await waitForDraft(page.page);
      const header = page.page.locator('[data-indicator-id="3.2"] .rt-indicator__title');
      const before = await header.textContent();
      await header.click();
      await page.page.keyboard.type('zzz');
      await page.page.keyboard.press('Backspace');
      expect(await header.textContent()).toBe(before);
      // The header draws its words in a shadow root (see chromeRoot in @roundtable/editor).
      const headerText = await page.page
        .locator('[data-indicator-id="3.2"] .rt-indicator__header')
        .evaluate((header) => header.shadowRoot?.textContent ?? header.textContent);
      expect(headerText).toContain(before ?? 'the title');
      expect(headerText).not.toContain('zz');
    } finally {
      await page.context.close();
    }
  });

  it("undoes only one's own typing, never the other person's", async () => {
    const amina = await openDraft(browser, server.url, {
      name: 'Amina',
      joinUrl: await invite(server, { name: 'Amina' }),
    });
    const boris = await openDraft(browser, server.url, {
      name: 'Boris',
      joinUrl: await invite(server, { name: 'Boris' }),
    });
    try {
      await Promise.all([waitForDraft(amina.page), waitForDraft(boris.page)]);
      await placeCaretInFinding(amina.page, '4.3', 'end');
      await amina.page.keyboard.type(' Amina-undo-me.');
      await placeCaretInFinding(boris.page, '4.3', 'start');
      await boris.page.keyboard.type('Boris-keep-me. ');
      const both = (t: string) => t.includes('Amina-undo-me.') && t.includes('Boris-keep-me.');
      await poll(async () => (await finding(amina.page, '4.3').textContent()) ?? '', both);

      await amina.page.keyboard.press('ControlOrMeta+z');
      for (const { page } of [amina, boris]) {
        const text = await poll(
          async () => (await finding(page, '4.3').textContent()) ?? '',
          (t) => !t.includes('Amina-undo-me.'),
        );
        expect(text).not.toContain('Amina-undo-me.');
        expect(text).toContain('Boris-keep-me.');
      }
    } finally {
      await Promise.all([amina.context.close(), boris.context.close()]);
    }
  });

  it('jumps to the next and previous indicator with Alt+ArrowDown / Alt+ArrowUp', async () => {
    const { page, context } = await openDraft(browser, server.url, {
      name: 'Dana',
      joinUrl: await invite(server, { name: 'Dana' }),
    });
    try {
      await waitForDraft(page);
      await placeCaretInFinding(page, '2.4', 'end');
      const caretIndicator = () =>
        page.evaluate(() => {
          const node = window.getSelection()?.anchorNode ?? null;
          const element = node instanceof Element ? node : (node?.parentElement ?? null);
          return element?.closest<HTMLElement>('[data-indicator-id]')?.dataset.indicatorId ?? null;
        });
      await page.keyboard.press('Alt+ArrowDown');
      expect(await poll(caretIndicator, (id) => id === '2.5')).toBe('2.5');
      await page.keyboard.press('Alt+ArrowUp');
      await page.keyboard.press('Alt+ArrowUp');
      expect(await poll(caretIndicator, (id) => id === '2.3')).toBe('2.3');
    } finally {
      await context.close();
    }
  });
});

describe('opening a fresh consultation at the same moment', () => {
  it('gives both people one copy of the draft, not two', async () => {
    // A fresh server with an empty data dir: nobody has opened the demo draft yet.
    const server = await startServer();
    try {
      const links = await Promise.all([invite(server, { name: 'Amina' }), invite(server, { name: 'Boris' })]);
      const [first, second] = await Promise.all([
        openDraft(browser, server.url, { name: 'Amina', joinUrl: links[0] }),
        openDraft(browser, server.url, { name: 'Boris', joinUrl: links[1] }),
      ]);
      await Promise.all([waitForDraft(first.page), waitForDraft(second.page)]);
      // Each types after loading; once each sees the other's words, whatever either sent before them (a wrong
      // second copy of the draft) has arrived too.
      for (const [writer, word] of [
        [first, 'Amina-was-here.'],
        [second, 'Boris-was-here.'],
      ] as const) {
        await placeCaretInFinding(writer.page, '1.2', 'end');
        await writer.page.keyboard.type(` ${word}`);
      }
      for (const { page } of [first, second]) {
        await poll(
          async () => (await finding(page, '1.2').textContent()) ?? '',
          (t) => t.includes('Amina-was-here.') && t.includes('Boris-was-here.'),
          15_000,
        );
      }
      const expected = demoConsultation.indicators.length;
      for (const { page } of [first, second]) {
        const c = await counts(page);
        expect(c.indicators).toBe(expected);
        expect(c.domains).toBe(6);
        expect(c.titles).toBe(1);
        const firstFinding = demoConsultation.indicators[0]?.finding.slice(0, 80) ?? '';
        expect(c.text.split(firstFinding)).toHaveLength(2);
      }
      expect((await counts(first.page)).text).toBe((await counts(second.page)).text);
      await Promise.all([first.context.close(), second.context.close()]);
    } finally {
      await server.stop();
    }
  });
});

describe('losing the connection', () => {
  it('keeps edits made while the server is down and delivers them when it is back', async () => {
    let server = await startServer();
    const { port, dataDir } = server;
    try {
      const amina = await openDraft(browser, server.url, {
        name: 'Amina',
        joinUrl: await invite(server, { name: 'Amina' }),
      });
      const boris = await openDraft(browser, server.url, {
        name: 'Boris',
        joinUrl: await invite(server, { name: 'Boris' }),
      });
      await Promise.all([waitForDraft(amina.page), waitForDraft(boris.page)]);

      await server.kill();
      await amina.page.locator('.rt-pill[data-status="offline"]').waitFor({ timeout: 15_000 });
      await placeCaretInFinding(amina.page, '5.2', 'end');
      await amina.page.keyboard.type(' Typed while offline.');

      server = await startServer({ port, dataDir });
      await Promise.all([
        amina.page.locator('.rt-pill[data-status="connected"]').waitFor({ timeout: 30_000 }),
        boris.page.locator('.rt-pill[data-status="connected"]').waitFor({ timeout: 30_000 }),
      ]);
      const text = await poll(
        async () => (await finding(boris.page, '5.2').textContent()) ?? '',
        (t) => t.includes('Typed while offline.'),
      );
      expect(text).toContain('Typed while offline.');
      expect(amina.errors).toEqual([]);
      await Promise.all([amina.context.close(), boris.context.close()]);
    } finally {
      await server.stop();
    }
  });
});
