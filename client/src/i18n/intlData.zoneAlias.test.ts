import { afterAll, expect, it } from 'vitest';
import { loadIntlPolyfills } from './intlData.ts';

// A file of its own: the polyfills, once loaded, keep the zone they were given.
const zone = process.env.TZ;
process.env.TZ = 'Asia/Calcutta';
afterAll(() => {
  process.env.TZ = zone;
});

it('keeps the local time of a zone the engine names by an old alias (Chromium says Asia/Calcutta)', async () => {
  expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Asia/Calcutta');
  await loadIntlPolyfills();
  expect((Intl.DateTimeFormat as unknown as { polyfilled?: boolean }).polyfilled).toBe(true);
  // The polyfill knows the zone by its canonical name; both names must carry the offset.
  expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Asia/Kolkata');
  const midnightUtc = Date.UTC(2026, 0, 1);
  expect(new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(midnightUtc)).toBe('05:30');
  const named = { timeStyle: 'short', timeZone: 'Asia/Calcutta' } as const;
  expect(new Intl.DateTimeFormat('en-GB', named).format(midnightUtc)).toBe('05:30');
});
