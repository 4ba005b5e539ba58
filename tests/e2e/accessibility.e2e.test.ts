import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPeer, type Peer } from '../helpers/providers.ts';
import { type AxeFinding, failingElements, seriousViolations } from './axeAudit.ts';
import { postComment } from './commentsPage.ts';
import { type OpenedPage, openDraft, waitForDraft } from './draftPage.ts';
import { FATOU, invite, openInvited } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

let facilitator: OpenedPage;
let participant: OpenedPage;
/** Failing elements per audited view, printed at the end as the figure. */
const tally = new Map<string, number>();

async function audit(view: string, page: Page): Promise<AxeFinding[]> {
  const findings = await seriousViolations(page);
  tally.set(view, failingElements(findings));
  return findings;
}

const e2e = useBrowserAndServer();

beforeAll(async () => {
  participant = await openInvited(e2e.browser, e2e.server, {
    name: 'Amara Okafor',
    organisation: 'min-interior',
    role: 'participant',
  });
  facilitator = await openInvited(e2e.browser, e2e.server, FATOU);
  await Promise.all([waitForDraft(participant.page), waitForDraft(facilitator.page)]);
}, 60_000);

afterAll(async () => {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `axe serious+critical failing elements: ${total} ${JSON.stringify(Object.fromEntries(tally))}\n`,
  );
});

describe('axe-core finds no serious or critical violation', () => {
  it('on the join page with a broken link and on the not-found page', async () => {
    const { context, page } = await e2e.openPage();
    try {
      await page.goto(`${e2e.server.url}/join#token=not-a-token`);
      await page.locator('main, [role="alert"], h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect.soft(await audit('join', page)).toEqual([]);
      await page.goto(`${e2e.server.url}/no/such/page`);
      await page.locator('h1').first().waitFor();
      expect.soft(await audit('not-found', page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on the facilitator’s consultation, in each side tab', async () => {
    const { page } = facilitator;
    for (const tab of ['Meeting', 'Comments', 'People here']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await page.waitForTimeout(200);
      expect.soft(await audit(`facilitator ${tab}`, page), tab).toEqual([]);
    }
  });

  it('on the participant’s consultation, in each side tab', async () => {
    const { page } = participant;
    for (const tab of ['Meeting', 'Comments', 'People here']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await page.waitForTimeout(200);
      expect.soft(await audit(`participant ${tab}`, page), tab).toEqual([]);
    }
  });

  it('with something on the table, a locked indicator and a raised hand', async () => {
    const f = facilitator.page;
    await f.locator('[data-spotlight-button="1.2"]').scrollIntoViewIfNeeded();
    await f.locator('[data-spotlight-button="1.2"]').click();
    await f.locator('[data-lock-button="1.3"]').click();
    await participant.page.keyboard.press('Alt+Shift+KeyH');
    await participant.page.locator('[data-indicator-id="1.2"][data-on-table="true"]').waitFor({ timeout: 10_000 });
    await f.getByRole('tab', { name: /^Meeting/ }).click();
    await f.getByRole('button', { name: /Give floor to Amara Okafor/ }).waitFor({ timeout: 10_000 });
    expect.soft(await audit('facilitator in a meeting', f)).toEqual([]);
    await participant.page.getByRole('tab', { name: /^Meeting/ }).click();
    expect.soft(await audit('participant in a meeting', participant.page)).toEqual([]);
  });

  it('on the room screen', async () => {
    const page = await facilitator.context.newPage();
    try {
      await page.goto(`${e2e.server.url}/c/demo/screen`);
      await page.locator('[data-indicator-id], .rt-screen').first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(300);
      expect.soft(await audit('room screen', page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('in the first visit’s name prompt', async () => {
    const { context, page } = await e2e.openPage();
    try {
      await page.goto(await invite(e2e.server, { name: 'Lena Brandt', organisation: 'min-interior' }));
      await page.getByRole('dialog', { name: 'Welcome to the consultation' }).waitFor();
      expect.soft(await audit('name prompt', page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('in every dialog and menu of the facilitator', async () => {
    const { page } = facilitator;
    const check = async (view: string, open: () => Promise<unknown>, dialogName: string | RegExp) => {
      await open();
      const dialog = page.getByRole('dialog', { name: dialogName });
      await dialog.waitFor();
      await page.waitForTimeout(200);
      expect.soft(await audit(view, page), view).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    };
    await check(
      'invitations',
      () => page.getByRole('button', { name: 'Invite people' }).click(),
      'People and invitations',
    );
    await check('versions', () => page.getByRole('button', { name: 'Versions' }).click(), /version/i);
    await check('help', () => page.getByRole('button', { name: 'Keyboard shortcuts' }).click(), 'Keyboard shortcuts');
    await page.getByRole('tab', { name: /^People here/ }).click();
    await check('rename', () => page.getByRole('button', { name: 'Change your name' }).click(), /name/i);
    await page.getByRole('tab', { name: /^Meeting/ }).click();
    await check('minutes', () => page.getByRole('button', { name: 'View minutes' }).click(), /minutes/i);

    await page.getByText('Export', { exact: true }).click();
    await page.locator('.rt-export__menu').waitFor();
    expect.soft(await audit('export menu', page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('summary[data-testid="lifecycle-status"]').click();
    await page.locator('.rt-lifecycle__moves').waitFor();
    expect.soft(await audit('lifecycle menu', page)).toEqual([]);
    await page.keyboard.press('Escape');

    const button = page.locator('[data-indicator-comment="2.13"]');
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await postComment(page, { type: 'Question', body: 'Should the finding name the 2025 census?' });
    expect.soft(await audit('comment thread', page)).toEqual([]);
    await check(
      'resolve',
      () => page.locator('.rt-thread--active').getByRole('button', { name: 'Resolve…' }).click(),
      'Resolve comment on 2.13',
    );
    expect(facilitator.errors).toEqual([]);
  });
});

describe('a 1366x768 laptop', () => {
  // The lifecycle's moves sat beside the status as buttons and left the title 165 px: "Migration Govern…".
  it("shows a facilitator the consultation's whole title and subtitle in the top bar", async () => {
    const { page } = facilitator;
    expect(page.viewportSize()?.width).toBe(1366);
    for (const line of ['.rt-topbar__title', '.rt-topbar__meta']) {
      const cut = await page.locator(line).evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(cut, line).toBe(0);
    }
  });

  // In Russian the title was still cut (9 px, the subtitle 44 px): Invite people's label gives way to its icon too.
  it('keeps both lines whole in Azerbaijani and Russian', async () => {
    const { page } = facilitator;
    try {
      for (const [language, versions] of [
        ['Azərbaycanca', 'Versiyalar'],
        ['Русский', 'Версии'],
      ] as const) {
        await page.getByRole('button', { name: language }).click();
        await page.getByRole('button', { name: versions }).waitFor();
        for (const line of ['.rt-topbar__title', '.rt-topbar__meta']) {
          const cut = await page.locator(line).evaluate((element) => element.scrollWidth - element.clientWidth);
          expect(cut, `${language} ${line}`).toBe(0);
        }
      }
    } finally {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Versions' }).waitFor();
    }
  });

  // A refused move's reason sat in the top bar's row: the title and subtitle went to nothing and the bar's end
  // (Export, the connection, the languages) off the right edge.
  it("says why a move was refused below the status, leaving the title and the bar's end in place", async () => {
    const { page } = facilitator;
    const lifecyclePath = (url: URL) => url.pathname.endsWith('/lifecycle');
    // The server refuses a move to the status the consultation is in already, as when someone made it meanwhile.
    await page.route(lifecyclePath, (route) =>
      route.continue({ postData: JSON.stringify({ status: 'in-consultation' }) }),
    );
    try {
      await page.locator('summary[data-testid="lifecycle-status"]').filter({ hasText: 'In consultation' }).click();
      await page.getByRole('button', { name: 'Back to draft' }).click();
      const alert = page.locator('.rt-lifecycle [role="alert"]');
      await alert.filter({ hasText: 'the status had already been changed meanwhile' }).waitFor();
      for (const line of ['.rt-topbar__title', '.rt-topbar__meta']) {
        const cut = await page.locator(line).evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(cut, line).toBe(0);
      }
      const help = await page.locator('.rt-help').boundingBox();
      expect(help === null ? Number.NaN : help.x + help.width).toBeLessThanOrEqual(1366);
      const box = await alert.boundingBox();
      expect(box === null ? Number.NaN : box.x + box.width).toBeLessThanOrEqual(1366);
      await page.keyboard.press('Escape');
      await alert.waitFor({ state: 'detached' });
    } finally {
      await page.unroute(lifecyclePath);
    }
  });
});

describe('a 1366x768 laptop at 200% zoom (683x384 CSS px)', () => {
  it('needs no horizontal scrolling, and the top bar, the draft, the side panel and the outline are all reachable', async () => {
    const zoomed = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Fatou Ndiaye',
      joinUrl: await invite(e2e.server, FATOU),
      viewport: { width: 683, height: 384 },
    });
    const { page } = zoomed;
    try {
      await waitForDraft(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      for (const control of [
        page.getByRole('button', { name: 'Invite people' }),
        page.getByRole('button', { name: 'Keyboard shortcuts' }),
        page.getByRole('tab', { name: /^Comments/ }),
        page.locator('[data-outline-id="6.16"]'),
      ]) {
        await control.scrollIntoViewIfNeeded();
        const box = await control.boundingBox();
        expect(box).not.toBeNull();
        expect(box?.x).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(683);
        // Nothing covers it: a click lands on it.
        await control.click({ trial: true });
      }
      expect.soft(await audit('200% zoom', page)).toEqual([]);
    } finally {
      await zoomed.context.close();
    }
  });
});

describe('the indicator headers and sources', () => {
  // Their words are drawn in shadow roots so that Chromium's per-keystroke copy of the editable
  // text (for input methods) leaves them out; a screen reader's browse mode must still read them.
  it('are in the accessibility tree for every indicator, and out of the editable text', async () => {
    const { page } = participant;
    const chrome = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.rt-editor__content [data-indicator-id]')).map((article) => {
        const header = article.querySelector(':scope > .rt-indicator__header');
        const root = header?.shadowRoot ?? header;
        return {
          id: article.dataset.indicatorId ?? '',
          title: root?.querySelector('.rt-indicator__title')?.textContent ?? '',
          question: root?.querySelector('.rt-indicator__question')?.textContent ?? '',
        };
      }),
    );
    expect(chrome.length).toBeGreaterThan(80);
    const cdp = await page.context().newCDPSession(page);
    try {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
      };
      const shown = nodes.filter((n) => !n.ignored);
      const headings = new Set(shown.filter((n) => n.role?.value === 'heading').map((n) => n.name?.value));
      const texts = new Set(shown.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value));
      const unread = chrome.filter(
        (c) => c.title === '' || !headings.has(c.title) || (c.question !== '' && !texts.has(c.question)),
      );
      expect(unread.map((c) => c.id)).toEqual([]);
    } finally {
      await cdp.detach();
    }
    const editableText = await page.locator('.rt-editor__content').evaluate((root) => root.textContent ?? '');
    const inEditable = chrome.filter((c) => editableText.includes(c.question) || editableText.includes(c.title));
    expect(inEditable.map((c) => c.id)).toEqual([]);
  });
});

// Last: it closes the consultation's draft. The "Read only" tag took the title's place: with eight people
// present the title was cut by 12 px in English and 68-71 px in Azerbaijani and Russian.
describe('a closed draft on a 1366x768 laptop', () => {
  it('keeps the title and subtitle whole beside the Read only tag with eight people present', async () => {
    const { page } = facilitator;
    const peers: Peer[] = [];
    try {
      for (const name of ['Ana Costa', 'Bo Lind', 'Chen Wei', 'Dara Nolan', 'Eli Sarr', 'Femi Ade']) {
        const token = new URL(await invite(e2e.server, { name })).hash.replace('#token=', '');
        const peer = connectPeer(e2e.server.wsUrl, 'demo:draft', { params: { token } });
        peer.provider.awareness.setLocalState({ color: '#2563eb' });
        peers.push(peer);
      }
      // Fatou, Amara and six more: five faces and "+3".
      await page.locator('.rt-avatar--more').filter({ hasText: '+3' }).waitFor();
      page.once('dialog', (dialog) => void dialog.accept());
      await page.locator('summary[data-testid="lifecycle-status"]').click();
      await page.getByRole('button', { name: 'Mark validated' }).click();
      await page.getByTestId('read-only').waitFor();
      expect.soft(await audit('closed draft', page)).toEqual([]);
      for (const [language, lang, readOnly] of [
        ['English', 'en', 'Read only'],
        ['Azərbaycanca', 'az', 'Yalnız oxumaq üçün'],
        ['Русский', 'ru', 'Только чтение'],
      ] as const) {
        await page.getByRole('button', { name: language }).click();
        await page.waitForFunction((code) => document.documentElement.lang === code, lang);
        // The lock shows it; the words stay for screen readers.
        expect(await page.getByTestId('read-only').textContent()).toBe(readOnly);
        for (const line of ['.rt-topbar__title', '.rt-topbar__meta']) {
          const cut = await page.locator(line).evaluate((element) => element.scrollWidth - element.clientWidth);
          expect(cut, `${language} ${line}`).toBe(0);
        }
      }
    } finally {
      for (const peer of peers) peer.destroy();
      await page.getByRole('button', { name: 'English' }).click();
    }
  });
});
