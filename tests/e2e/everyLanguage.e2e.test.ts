import { LANGUAGES, type Language } from '@roundtable/i18n';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { failingElements, seriousViolations } from './axeAudit.ts';
import { catalogue, say } from './catalogue.ts';
import { waitForDraft } from './draftPage.ts';
import { openInvited } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

// The interface in each of its languages: it follows the browser's language,
// axe finds nothing serious on any page or dialog in any language, no English
// word of the catalogues is left on a page shown in Azerbaijani or Russian,
// and switching language keeps the live session (no reconnect, no remount).

const tally = new Map<string, number>();

const BROWSER_LOCALE: Record<Language, string> = { en: 'en-GB', az: 'az-AZ', ru: 'ru-RU' };

const e2e = useBrowserAndServer();

afterAll(async () => {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `axe serious+critical failing elements, every language: ${total} ${JSON.stringify(Object.fromEntries(tally))}\n`,
  );
});

/**
 * The English messages that would betray an untranslated text on a page in
 * `language`: whole messages without arguments that read differently there.
 */
function englishOnlyMessages(language: Language): Set<string> {
  const english = catalogue('en');
  const translated = catalogue(language);
  const found = new Set<string>();
  for (const [key, message] of Object.entries(english)) {
    if (/[{}<]/.test(message) || message.length < 4 || translated[key] === message) continue;
    found.add(message);
  }
  return found;
}

/** The interface's texts on the page now: text nodes and labels outside the draft's own content. */
function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    // The document's own words are marked with its language (`lang`), which may not be the interface's.
    const page = document.documentElement.lang;
    const skip = (el: Element | null) =>
      el == null ||
      el.closest('script, style') !== null ||
      (el.closest('[lang]')?.getAttribute('lang') ?? page) !== page;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (text !== '' && !skip(node.parentElement)) texts.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    // Words CSS draws (`content` of ::before and ::after, literal or `attr()`), inside the draft too:
    // they are the interface's (the meeting's badges on an indicator), whatever the document's language.
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('script, style') !== null) continue;
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(el, pseudo).content;
        const attr = /^attr\(([\w-]+)\)$/.exec(content);
        const text = attr ? el.getAttribute(attr[1] ?? '') : content.startsWith('"') ? JSON.parse(content) : null;
        if (typeof text === 'string' && text.trim() !== '') texts.push(text.trim());
      }
    }
    return texts;
  });
}

describe.each(LANGUAGES.filter((l) => l !== 'en'))('in %s', (language) => {
  it('follows the browser, passes axe on every view and dialog, and shows no English', async () => {
    const english = englishOnlyMessages(language);
    const { context, page, errors } = await openInvited(e2e.browser, e2e.server, {
      name: language === 'az' ? 'Aysel Hüseynova' : 'Юлия Ёлкина',
      organisation: 'iom-veloria',
      role: 'facilitator',
      locale: BROWSER_LOCALE[language],
    });
    const leftovers = new Set<string>();
    const check = async (view: string) => {
      await page.waitForTimeout(200);
      const findings = await seriousViolations(page);
      tally.set(`${language} ${view}`, failingElements(findings));
      expect.soft(findings, `${language} ${view}`).toEqual([]);
      for (const text of await interfaceTexts(page)) if (english.has(text)) leftovers.add(`${view}: ${text}`);
    };
    try {
      await waitForDraft(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      // The meeting's badges on the indicators (drawn by CSS): 1.2 on the table, 1.3 locked (the other language's run may have done it).
      if ((await page.locator('[data-indicator-id="1.2"][data-on-table="true"]').count()) === 0)
        await page.locator('[data-spotlight-button="1.2"]').click();
      if ((await page.locator('[data-indicator-id="1.3"][data-locked="true"]').count()) === 0)
        await page.locator('[data-lock-button="1.3"]').click();
      await page.locator('[data-indicator-id="1.2"][data-on-table="true"]').waitFor();
      await page.locator('[data-indicator-id="1.3"][data-locked="true"]').waitFor();
      const badges = await page.evaluate(() =>
        ['[data-indicator-id="1.2"]', '[data-indicator-id="1.3"]'].map((selector) => {
          const el = document.querySelector(selector);
          return el === null ? null : [el.getAttribute('data-badge-on-table'), el.getAttribute('data-badge-locked')];
        }),
      );
      // In capitals by the language's rules (Azerbaijani i → İ), not the draft's (English).
      const capitals = (key: string) => say(language, key).toLocaleUpperCase(language);
      expect(badges).toEqual([
        [capitals('meeting.marks.onTableBadge'), null],
        [null, capitals('meeting.marks.lockedBadge')],
      ]);
      // At 200% zoom on a laptop (683 CSS px wide) the attendance answers keep their words on one line.
      await page.setViewportSize({ width: 683, height: 384 });
      const answers = page.locator('[data-attendance-prompt] button');
      await answers.first().waitFor();
      const lineBoxes = await answers.evaluateAll((buttons) =>
        buttons.map((button) => {
          const text = document.createRange();
          text.selectNodeContents(button);
          return `${button.textContent}: ${text.getClientRects().length}`;
        }),
      );
      expect(lineBoxes).toEqual(lineBoxes.map((line) => line.replace(/\d+$/, '1')));
      await page.setViewportSize({ width: 1366, height: 768 });
      for (const tab of ['app.side.meeting', 'app.side.comments', 'app.side.people']) {
        await page.getByRole('tab', { name: new RegExp(`^${say(language, tab)}`) }).click();
        await check(tab);
      }
      const dialog = async (view: string, open: () => Promise<unknown>, titleKey: string) => {
        await open();
        const shown = page.getByRole('dialog', { name: say(language, titleKey) });
        await shown.waitFor();
        await check(view);
        await page.keyboard.press('Escape');
        await shown.waitFor({ state: 'detached' });
      };
      await dialog(
        'invitations',
        () => page.getByRole('button', { name: say(language, 'invitations.button.invite') }).click(),
        'invitations.dialog.title',
      );
      await dialog(
        'versions',
        () => page.getByRole('button', { name: say(language, 'app.versions') }).click(),
        'versions.dialog.title',
      );
      await dialog('help', () => page.getByRole('button', { name: say(language, 'help.title') }).click(), 'help.title');
      await page.getByRole('tab', { name: new RegExp(`^${say(language, 'app.side.meeting')}`) }).click();
      await page.getByRole('button', { name: say(language, 'meeting.decisions.viewMinutes') }).click();
      await page.getByRole('dialog').waitFor();
      await check('minutes');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByText(say(language, 'exportMenu.title'), { exact: true }).click();
      await page.locator('.rt-export__menu').waitFor();
      await check('export menu');
      await page.keyboard.press('Escape');

      const screen = await context.newPage();
      await screen.goto(`${e2e.server.url}/c/demo/screen`);
      await screen.locator('[data-room-screen]').waitFor({ timeout: 20_000 });
      await screen.waitForTimeout(300);
      const findings = await seriousViolations(screen);
      tally.set(`${language} room screen`, failingElements(findings));
      expect.soft(findings, `${language} room screen`).toEqual([]);
      for (const text of await interfaceTexts(screen)) if (english.has(text)) leftovers.add(`room screen: ${text}`);

      const join = await context.newPage();
      await join.goto(`${e2e.server.url}/join`);
      await join.getByRole('heading').first().waitFor();
      const joinFindings = await seriousViolations(join);
      tally.set(`${language} join`, failingElements(joinFindings));
      expect.soft(joinFindings, `${language} join`).toEqual([]);
      for (const text of await interfaceTexts(join)) if (english.has(text)) leftovers.add(`join: ${text}`);

      expect([...leftovers]).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('switching language', () => {
  it('keeps the live draft and its connection, and what was being written', async () => {
    const { context, page, errors } = await openInvited(e2e.browser, e2e.server, {
      name: 'Kamal Həsənov',
      role: 'participant',
    });
    try {
      await waitForDraft(page);
      await page.evaluate(() => {
        const w = window as unknown as { seen: string[]; editor: Element | null };
        w.seen = [];
        w.editor = document.querySelector('.rt-editor__content');
        const pill = document.querySelector('.rt-pill');
        if (pill === null) throw new Error('no connection pill');
        new MutationObserver(() => w.seen.push(pill.getAttribute('data-status') ?? '')).observe(pill, {
          attributes: true,
          attributeFilter: ['data-status'],
        });
      });
      await page.getByRole('tab', { name: /^Comments/ }).click();
      const search = page.getByRole('searchbox').first();
      await search.fill('əməkçi miqrant');
      await page.getByRole('button', { name: 'Русский' }).click();
      await page.getByRole('tab', { name: new RegExp(`^${say('ru', 'app.side.comments')}`) }).waitFor();
      // The indicators' badges, drawn outside React, are redrawn in the new language.
      const status = page.locator('.rt-indicator__status').first();
      const statusKey = `vocabulary.indicatorStatus.${await status.getAttribute('data-status')}`;
      await expect.poll(() => status.textContent()).toBe(say('ru', statusKey));
      expect(await page.locator('.rt-badge__label').first().textContent()).toBe(say('ru', 'vocabulary.chrome.answer'));
      await page.getByRole('button', { name: 'Azərbaycanca' }).click();
      await page.getByRole('tab', { name: new RegExp(`^${say('az', 'app.side.comments')}`) }).waitFor();
      await expect.poll(() => status.textContent()).toBe(say('az', statusKey));
      const after = await page.evaluate(() => {
        const w = window as unknown as { seen: string[]; editor: Element | null };
        return { seen: w.seen, sameEditor: w.editor === document.querySelector('.rt-editor__content') };
      });
      expect(after).toEqual({ seen: [], sameEditor: true });
      expect(await page.getByRole('searchbox').first().inputValue()).toBe('əməkçi miqrant');
      await page.reload();
      await waitForDraft(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('az');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
