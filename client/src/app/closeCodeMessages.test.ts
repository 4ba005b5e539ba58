import { CloseCode } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import { ENGLISH_CATALOGUE } from '../i18n/catalogues.ts';
import { translate } from '../i18n/useI18n.ts';
import { refusalKeys, UNKNOWN_REFUSAL_KEYS } from './closeCodeMessages.ts';

const permanent = Object.values(CloseCode).filter((code) => code >= 4400 && code < 4500);

describe('refusalKeys', () => {
  it('has its own words, in the catalogue, for every permanent close code the server sends', () => {
    expect(permanent).toContain(CloseCode.Forbidden);
    const titles = permanent.map((code) => refusalKeys(code).title);
    expect(titles).not.toContain(UNKNOWN_REFUSAL_KEYS.title);
    expect(new Set(titles).size).toBe(permanent.length);
    for (const code of permanent) {
      const { title, text } = refusalKeys(code);
      expect(ENGLISH_CATALOGUE[title], title).toBeTypeOf('string');
      expect(ENGLISH_CATALOGUE[text], text).toBeTypeOf('string');
    }
  });

  it('names the code of a refusal it has no words for', () => {
    expect(refusalKeys(4499)).toEqual(UNKNOWN_REFUSAL_KEYS);
    expect(translate(refusalKeys(4499).text, { code: '4499' })).toContain('4499');
  });

  it('says an invitation was withdrawn in the current language', () => {
    expect(translate(refusalKeys(CloseCode.Revoked).title)).toBe('Your invitation was withdrawn');
  });
});
