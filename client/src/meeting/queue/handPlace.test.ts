import { createTranslator, type Language } from '@roundtable/i18n';
import { describe, expect, it } from 'vitest';
import az from '../../i18n/messages/az/meeting.json' with { type: 'json' };
import en from '../../i18n/messages/en/meeting.json' with { type: 'json' };
import ru from '../../i18n/messages/ru/meeting.json' with { type: 'json' };

const place = (language: Language, catalogue: Record<string, string>) => {
  const t = createTranslator(language, catalogue, en);
  return (n: number) => t('meeting.hand.place', { place: n });
};

describe('a place in the speaking queue', () => {
  it('is an English ordinal', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(place('en', en))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });

  it('takes the Azerbaijani suffix that follows the number’s last sound', () => {
    expect([1, 2, 3, 4, 6, 9, 10, 20, 40, 100].map(place('az', az))).toEqual([
      '1-ci',
      '2-ci',
      '3-cü',
      '4-cü',
      '6-cı',
      '9-cu',
      '10-cu',
      '20-ci',
      '40-cı',
      '100-cü',
    ]);
  });

  it('is a Russian ordinal', () => {
    expect([1, 3, 12].map(place('ru', ru))).toEqual(['1-й', '3-й', '12-й']);
  });
});
