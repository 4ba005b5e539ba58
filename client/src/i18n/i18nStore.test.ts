// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { i18nState, setLanguage } from './i18nStore.ts';

describe('setLanguage', () => {
  // A slow switch to Russian finished after a quicker one back to English and won: the page ended in the language left.
  it('ends in the language asked for last, whichever catalogue arrives last', async () => {
    const toRussian = setLanguage('ru', false);
    const backToEnglish = setLanguage('en', false);
    await Promise.all([toRussian, backToEnglish]);
    expect(i18nState().language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await setLanguage('az', false);
    expect(i18nState().language).toBe('az');
  });
});
