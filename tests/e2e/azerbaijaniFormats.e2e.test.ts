import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForDraft } from './draftPage.ts';
import { invite } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const e2e = useBrowserAndServer();

/** The lazy chunk of FormatJS's polyfills (client/src/i18n/intlPolyfills.ts). */
const POLYFILL_CHUNK = /\/assets\/intlPolyfills-[\w-]+\.js$/;

const AZ_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
];

/** `iso` as an Azerbaijani long date and short time in Baku (UTC+4 all year since 2016): "14 dekabr 2026 10:05". */
function bakuDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 4 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${AZ_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

interface Formats {
  polyfilled: boolean;
  azMonth: string;
  azNumber: string;
  azDateTime: string;
  azMinutesAgo: string;
  enMonth: string;
  enNumber: string;
  enDateTime: string;
  ruMonth: string;
  ruNumber: string;
  ruDateTime: string;
}

/** What the page's `Intl` writes for 30 November 2026, 06:00 UTC (10:00 in Baku), 12345.5 and "3 minutes ago". */
function formatsIn(page: Page): Promise<Formats> {
  return page.evaluate(() => {
    const at = Date.UTC(2026, 10, 30, 6);
    const long = { dateStyle: 'long', timeStyle: 'short' } as const;
    const spaces = (s: string) => s.replace(/\s/gu, ' ');
    return {
      polyfilled: (Intl.DateTimeFormat as unknown as { polyfilled?: boolean }).polyfilled === true,
      azMonth: new Intl.DateTimeFormat('az-Latn-AZ', { month: 'long' }).format(new Date(2026, 10, 15)),
      azNumber: new Intl.NumberFormat('az-Latn-AZ').format(12345.5),
      azDateTime: new Intl.DateTimeFormat('az-Latn-AZ', long).format(at),
      azMinutesAgo: new Intl.RelativeTimeFormat('az-Latn-AZ').format(-3, 'minute'),
      enMonth: new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(new Date(2026, 10, 15)),
      enNumber: new Intl.NumberFormat('en-GB').format(12345.5),
      enDateTime: new Intl.DateTimeFormat('en-GB', long).format(at),
      ruMonth: new Intl.DateTimeFormat('ru-RU', { month: 'long' }).format(new Date(2026, 10, 15)),
      ruNumber: spaces(new Intl.NumberFormat('ru-RU').format(12345.5)),
      ruDateTime: spaces(new Intl.DateTimeFormat('ru-RU', long).format(at)),
    };
  });
}

/** A browser in Baku whose language is `locale`, as the invited `name`, with the requests for the polyfills counted. */
async function openInBaku(
  locale: string,
  name: string,
): Promise<{ context: BrowserContext; page: Page; polyfillRequests: string[] }> {
  const { context, page } = await e2e.openPage({
    locale,
    timezoneId: 'Asia/Baku',
    prepare: (baku) => baku.addInitScript((n: string) => window.localStorage.setItem('roundtable.name', n), name),
  });
  const polyfillRequests: string[] = [];
  page.on('request', (request) => {
    if (POLYFILL_CHUNK.test(request.url())) polyfillRequests.push(request.url());
  });
  await page.goto(await invite(e2e.server, { name, organisation: 'iom-veloria', role: 'facilitator' }));
  await waitForDraft(page);
  return { context, page, polyfillRequests };
}

/** The expiry the facilitator's panel (opened in Azerbaijani) shows for `name`, as its status's tooltip. */
async function expiryShownFor(page: Page, name: string): Promise<string | null> {
  await page.getByRole('button', { name: 'İnsanları dəvət et' }).click();
  const panel = page.getByRole('dialog', { name: 'Şəxslər və dəvətlər' });
  const status = panel.locator(`.rt-invited[data-person="${name}"] .rt-invited__status`);
  await status.waitFor();
  return status.getAttribute('title');
}

/** When `name`'s invitation expires, as the server says. */
function expiresAtOf(page: Page, name: string): Promise<string> {
  return page.evaluate(async (person) => {
    const { people } = (await (await fetch('/api/consultations/demo/people')).json()) as {
      people: Array<{ name: string; expiresAt: string }>;
    };
    return people.find((p) => p.name === person)?.expiresAt ?? '';
  }, name);
}

describe('dates and numbers in Azerbaijani', () => {
  it('are written in Azerbaijani in a Chromium without Azerbaijani data, and English and Russian stay right', async () => {
    const { context, page, polyfillRequests } = await openInBaku('az-AZ', 'Leyla Məmmədova');
    try {
      // The premise: this Chromium writes Azerbaijani in ICU's root locale ("M11"), so the polyfills are needed.
      const bare = await context.newPage();
      expect(
        await bare.evaluate(() => new Intl.DateTimeFormat('az', { month: 'long' }).format(new Date(2026, 10, 15))),
      ).toBe('M11');
      await bare.close();

      await page.getByRole('button', { name: 'İnsanları dəvət et' }).waitFor();
      const formats = await formatsIn(page);
      expect(formats).toMatchObject({
        polyfilled: true,
        azMonth: 'noyabr',
        azNumber: '12.345,5',
        azDateTime: '30 noyabr 2026 10:00',
        enMonth: 'November',
        enNumber: '12,345.5',
        ruMonth: 'ноябрь',
        ruNumber: '12 345,5',
      });
      expect(formats.azMinutesAgo).toMatch(/^3 dəqiqə (əvvəl|öncə)$/);
      expect(formats.enDateTime).toMatch(/^30 November 2026(,| at) 10:00$/);
      expect(formats.ruDateTime).toMatch(/^30 ноября 2026 г\.(,| в) 10:00$/);
      expect(polyfillRequests).toHaveLength(1);

      // A date the interface shows: when an invitation expires, in the facilitator's list.
      expect(await expiryShownFor(page, 'Leyla Məmmədova')).toBe(
        `Müddəti bitir: ${bakuDateTime(await expiresAtOf(page, 'Leyla Məmmədova'))}`,
      );
    } finally {
      await context.close();
    }
  });

  it('load nothing in English, which this Chromium has, until the person switches to Azerbaijani', async () => {
    const { context, page, polyfillRequests } = await openInBaku('en-GB', 'Fatou Ndiaye');
    try {
      await page.getByRole('button', { name: 'Invite people' }).waitFor();
      expect(await formatsIn(page)).toMatchObject({ polyfilled: false, enMonth: 'November', enNumber: '12,345.5' });
      expect(polyfillRequests).toEqual([]);

      await page.getByTestId('language-switch').getByRole('button', { name: 'Azərbaycanca' }).click();
      await page.getByRole('button', { name: 'İnsanları dəvət et' }).waitFor();
      expect(await formatsIn(page)).toMatchObject({
        polyfilled: true,
        azMonth: 'noyabr',
        azNumber: '12.345,5',
        azDateTime: '30 noyabr 2026 10:00',
        enMonth: 'November',
        ruMonth: 'ноябрь',
      });
      expect(polyfillRequests).toHaveLength(1);
      expect(await expiryShownFor(page, 'Fatou Ndiaye')).toBe(
        `Müddəti bitir: ${bakuDateTime(await expiresAtOf(page, 'Fatou Ndiaye'))}`,
      );
    } finally {
      await context.close();
    }
  });
});
