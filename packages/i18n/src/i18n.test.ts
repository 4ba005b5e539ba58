import { describe, expect, it } from 'vitest';
import { compareText, matchesSearch, searchFold } from './collate.ts';
import { createTranslator } from './createTranslator.ts';
import { matchLanguage } from './languages.ts';

describe('matchLanguage', () => {
  it('takes the first language Roundtable speaks, on the primary subtag', () => {
    expect(matchLanguage(['fr-FR', 'az-AZ', 'ru'])).toBe('az');
    expect(matchLanguage(['ru_RU', 'en'])).toBe('ru');
    expect(matchLanguage(['EN-us'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(matchLanguage(['de', 'tr'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
  });
});

describe('compareText', () => {
  it('sorts Azerbaijani letters where the alphabet puts them', () => {
    const towns = [
      'Zaqatala',
      'Şəki',
      'Sumqayıt',
      'Cəlilabad',
      'Çinarlı',
      'İsmayıllı',
      'Ismayıllı',
      'Əli',
      'Ordubad',
      'Ögüd',
    ];
    expect([...towns].sort(compareText('az'))).toEqual([
      'Cəlilabad',
      'Çinarlı',
      'Əli',
      'Ismayıllı',
      'İsmayıllı',
      'Ordubad',
      'Ögüd',
      'Sumqayıt',
      'Şəki',
      'Zaqatala',
    ]);
  });

  it('sorts Cyrillic alphabetically and numbers by value', () => {
    expect(['Юрий', 'Ёлка', 'Борис', 'Ежов', 'Анна'].sort(compareText('ru'))).toEqual([
      'Анна',
      'Борис',
      'Ежов',
      'Ёлка',
      'Юрий',
    ]);
    expect(['2.10', '2.9', '10.1'].sort(compareText('en'))).toEqual(['2.9', '2.10', '10.1']);
  });
});

describe('searchFold and matchesSearch', () => {
  it('lower-cases with the language’s own rules', () => {
    expect(searchFold('İSMAYILLI', 'az')).toBe('ismayıllı');
    expect(searchFold('ISMAYILLI', 'en')).toBe('ismayilli');
    expect(matchesSearch('İsmayıllı rayonu', 'ismayıllı', 'az')).toBe(true);
    expect(matchesSearch('QIZIL', 'qızıl', 'az')).toBe(true);
    // Text in English in an Azerbaijani interface: "I" is also an English capital i.
    expect(matchesSearch('Ministry of Interior', 'interior', 'az')).toBe(true);
    expect(matchesSearch('IOM Veloria Office', 'iom', 'az')).toBe(true);
    expect(matchesSearch('İlqar', 'Ilqar', 'az')).toBe(true);
    expect(matchesSearch('Sumqayıt', 'sumqayit', 'az')).toBe(false);
    expect(matchesSearch('ПАСПОРТНЫЙ режим', 'паспорт', 'ru')).toBe(true);
  });

  it('finds a composed letter in decomposed text, and keeps distinct letters apart', () => {
    expect(matchesSearch('Şəki'.normalize('NFD'), 'şəki', 'az')).toBe(true);
    expect(matchesSearch('Sumqayıt', 'şu', 'az')).toBe(false);
    expect(matchesSearch('anything', '  ', 'az')).toBe(true);
  });

  it('finds an Azerbaijani capital İ from every interface (no combining dot left by English or Russian lower-casing)', () => {
    // 'İ'.toLocaleLowerCase('en-GB') is 'i' + U+0307: "ilqar" did not find "İlqar" in English or Russian.
    expect(searchFold('İlqar', 'en')).toBe('ilqar');
    expect(matchesSearch('İlqar Şıxəliyev', 'ilqar', 'en')).toBe(true);
    expect(matchesSearch('İlqar Şıxəliyev', 'İlqar', 'ru')).toBe(true);
    expect(matchesSearch('Nazirlik: İqtisadiyyat', 'iqtisad', 'ru')).toBe(true);
    expect(matchesSearch('İlqar Şıxəliyev', 'ilqar', 'az')).toBe(true);
  });

  it('finds Russian names whether ё is typed or written as е', () => {
    // Russian writes ё optionally: "Елкина" did not find "Юлия Ёлкина", nor "Фёдор" "Федор".
    expect(matchesSearch('Юлия Ёлкина', 'елкина', 'ru')).toBe(true);
    expect(matchesSearch('Пётр Ёлкин', 'Петр', 'ru')).toBe(true);
    expect(matchesSearch('Федор Еремин', 'Фёдор', 'ru')).toBe(true);
    expect(matchesSearch('Пётр Ёлкин', 'Петр', 'en')).toBe(true);
    expect(matchesSearch('Пётр', 'пит', 'ru')).toBe(false);
  });
});

describe('createTranslator', () => {
  it('formats a shared message in the language asked for', () => {
    expect(createTranslator('ru')('vocabulary.outcome.noted')).toBe('Принято к сведению');
    expect(createTranslator('az')('vocabulary.role.participant')).toBe('İştirakçı');
  });

  it('formats ICU plurals with the language’s forms', () => {
    const catalogue = {
      'test.people': '{count, plural, one {# человек} few {# человека} many {# человек} other {# человека}}',
    };
    const t = createTranslator('ru', catalogue, catalogue);
    expect([1, 3, 5, 21].map((count) => t('test.people', { count }))).toEqual([
      '1 человек',
      '3 человека',
      '5 человек',
      '21 человек',
    ]);
  });

  it('falls back to English, and throws for a key nobody has', () => {
    const t = createTranslator('az', {});
    expect(t('vocabulary.answer.yes')).toBe('Yes');
    expect(() => t('vocabulary.nothing')).toThrow(/No message "vocabulary.nothing"/);
  });
});
