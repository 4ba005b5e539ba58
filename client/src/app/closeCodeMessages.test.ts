import { CloseCode } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import { ENGLISH_CATALOGUE } from '../i18n/catalogues.ts';
import { translate } from '../i18n/useI18n.ts';
import { reasonDetail, refusalKeys, refusedChangeKeys, UNKNOWN_REFUSAL_KEYS } from './closeCodeMessages.ts';

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

describe('refusedChangeKeys', () => {
  it('tells a refused update, a refusal as forbidden and a change too large apart', () => {
    expect(translate(refusedChangeKeys(CloseCode.UpdateRefused).title)).toBe('Your last change was not saved');
    expect(translate(refusedChangeKeys(CloseCode.Forbidden).title)).toBe('You may not edit this draft');
    const keys = [CloseCode.UpdateRefused, CloseCode.Forbidden, CloseCode.MessageTooLarge].map(
      (code) => refusedChangeKeys(code).title,
    );
    expect(new Set(keys).size).toBe(3);
    for (const code of permanent) {
      for (const key of Object.values(refusedChangeKeys(code)))
        expect(ENGLISH_CATALOGUE[key], key).toBeTypeOf('string');
    }
  });
});

describe('reasonDetail', () => {
  it('turns the server’s reason into a sentence, for the detail under the translated text', () => {
    expect(reasonDetail('refused: status of indicator 1.2 is set by facilitators through the API')).toBe(
      'Status of indicator 1.2 is set by facilitators through the API.',
    );
    expect(reasonDetail('this role may not edit the document')).toBe('This role may not edit the document.');
  });

  it('gives nothing when the server gave no reason', () => {
    expect(reasonDetail('')).toBeNull();
    expect(reasonDetail('refused: ')).toBeNull();
  });
});
