import { CloseCode } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import { ENGLISH_CATALOGUE } from '../i18n/catalogues.ts';
import { translate } from '../i18n/useI18n.ts';
import { reasonDetail, refusedChangeKeys } from './refusedChangeKeys.ts';

const permanent = Object.values(CloseCode).filter((code) => code >= 4400 && code < 4500);

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
