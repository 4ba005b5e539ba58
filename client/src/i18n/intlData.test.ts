import { afterAll, describe, expect, it } from 'vitest';
import { type IntlFormatters, lacksIntlData, loadIntlPolyfills } from './intlData.ts';

/** What Debian's Chromium does for 'az': ICU's root locale, whatever the locale asked for. */
const ROOT_ONLY: IntlFormatters = {
  DateTimeFormat: class {
    format = () => 'M11';
  },
  NumberFormat: class {
    format = () => '12,345.5';
  },
  RelativeTimeFormat: class {
    format = () => '-3 min';
  },
};

/** An engine built with English data only (as Node's small-icu): every locale falls back on English. */
const ENGLISH_ONLY: IntlFormatters = {
  DateTimeFormat: class extends Intl.DateTimeFormat {
    constructor(_locale: string, options: Intl.DateTimeFormatOptions) {
      super('en-GB', options);
    }
  },
  NumberFormat: class extends Intl.NumberFormat {
    constructor() {
      super('en-GB');
    }
  },
  RelativeTimeFormat: class extends Intl.RelativeTimeFormat {
    constructor() {
      super('en-GB');
    }
  },
};

describe('lacksIntlData', () => {
  it('finds nothing missing in an engine with full ICU data', () => {
    expect(lacksIntlData('en')).toBe(false);
    expect(lacksIntlData('az')).toBe(false);
    expect(lacksIntlData('ru')).toBe(false);
  });

  it('finds Azerbaijani missing where the engine formats it in the root locale', () => {
    expect(lacksIntlData('az', ROOT_ONLY)).toBe(true);
    expect(lacksIntlData('en', ROOT_ONLY)).toBe(true);
  });

  it('finds Azerbaijani and Russian missing, not English, where the engine falls back on English', () => {
    expect(lacksIntlData('az', ENGLISH_ONLY)).toBe(true);
    expect(lacksIntlData('ru', ENGLISH_ONLY)).toBe(true);
    expect(lacksIntlData('en', ENGLISH_ONLY)).toBe(false);
  });

  it('finds a language missing when only its relative times are', () => {
    const noRelativeTimes = { ...Intl, RelativeTimeFormat: ROOT_ONLY.RelativeTimeFormat };
    expect(lacksIntlData('az', noRelativeTimes)).toBe(true);
  });

  it('finds a language missing when a formatter throws', () => {
    const throwing: IntlFormatters = {
      ...Intl,
      NumberFormat: class {
        format = () => '';
        constructor() {
          throw new RangeError('Incorrect locale information provided');
        }
      },
    };
    expect(lacksIntlData('ru', throwing)).toBe(true);
  });
});

describe('loadIntlPolyfills', () => {
  const zone = process.env.TZ;
  // The browser's zone: a zone with summer time shows that its offsets are followed.
  process.env.TZ = 'Europe/London';
  afterAll(() => {
    process.env.TZ = zone;
  });
  const winter = Date.UTC(2026, 10, 30, 10);
  const summer = Date.UTC(2026, 6, 1, 10);
  const long = { dateStyle: 'long', timeStyle: 'short' } as const;

  it('formats every language with the polyfills, in the local time zone', async () => {
    expect(lacksIntlData('az', ROOT_ONLY)).toBe(true);
    // Node has every locale, so the polyfills are loaded as an engine that lacks them would.
    await loadIntlPolyfills();
    expect((Intl.DateTimeFormat as unknown as { polyfilled?: boolean }).polyfilled).toBe(true);
    expect(new Intl.DateTimeFormat('az-Latn-AZ', long).format(winter)).toBe('30 noyabr 2026 10:00');
    expect(new Intl.DateTimeFormat('az-Latn-AZ', long).format(summer)).toBe('1 iyul 2026 11:00');
    expect(new Intl.NumberFormat('az-Latn-AZ').format(12345.5)).toBe('12.345,5');
    expect(new Intl.RelativeTimeFormat('az-Latn-AZ').format(-3, 'minute')).toBe('3 dəqiqə əvvəl');
    expect(new Intl.DateTimeFormat('en-GB', long).format(winter)).toBe('30 November 2026, 10:00');
    expect(new Intl.DateTimeFormat('en-GB', long).format(summer)).toBe('1 July 2026, 11:00');
    expect(new Intl.DateTimeFormat('en-GB', { ...long, timeZone: 'UTC' }).format(summer)).toBe('1 July 2026, 10:00');
    expect(new Intl.DateTimeFormat('ru-RU', long).format(summer)).toBe('1 июля 2026\u202fг., 11:00');
    expect(new Intl.RelativeTimeFormat('ru-RU').format(-3, 'minute')).toBe('3 минуты назад');
    // A locale without data of its own is written in British English, not in another language.
    expect(new Intl.DateTimeFormat('en-US', { month: 'long' }).format(winter)).toBe('November');
    for (const language of ['en', 'az', 'ru'] as const) expect(lacksIntlData(language)).toBe(false);
  });
});
