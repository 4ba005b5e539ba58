import { type Author, deleteComment, openThread, replyToThread, type Thread } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import { amina, boris, thread } from '../../../tests/helpers/testThreads.ts';
import {
  activeFilterCount,
  type CommentFilters,
  compareIndicatorIds,
  DEFAULT_FILTERS,
  filtersShowing,
  narrowsThreads,
  openCountsByIndicator,
  threadOrganisations,
  threadSearchText,
  visibleThreads,
} from './commentFilters.ts';

const threads = [
  thread('a', '2.10', { at: '2026-11-27T10:05:00.000Z' }),
  thread('b', '2.9', { by: boris, type: 'question' }),
  thread('c', '2.10', { resolved: true }),
  thread('d', '5.1', { by: boris }),
  thread('e', '2.10', { at: '2026-11-27T09:00:00.000Z' }),
];
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('visibleThreads', () => {
  it('lists the threads of the indicator in view, oldest first, resolved ones where they were', () => {
    expect(ids(visibleThreads(threads, DEFAULT_FILTERS, '2.10', 'en'))).toEqual(['e', 'c', 'a']);
  });

  it('lists nothing in view when no indicator is in view', () => {
    expect(visibleThreads(threads, DEFAULT_FILTERS, null, 'en')).toEqual([]);
  });

  it('lists all threads in document order, with 2.10 after 2.9', () => {
    expect(ids(visibleThreads(threads, { ...DEFAULT_FILTERS, scope: 'all' }, '2.10', 'en'))).toEqual([
      'b',
      'e',
      'c',
      'a',
      'd',
    ]);
  });

  it('narrows by status, type, domain, indicator and organisation', () => {
    const all = { ...DEFAULT_FILTERS, scope: 'all' as const };
    expect(ids(visibleThreads(threads, { ...all, status: 'resolved' }, null, 'en'))).toEqual(['c']);
    expect(ids(visibleThreads(threads, { ...all, type: 'question' }, null, 'en'))).toEqual(['b']);
    expect(ids(visibleThreads(threads, { ...all, domain: 5 }, null, 'en'))).toEqual(['d']);
    expect(ids(visibleThreads(threads, { ...all, indicator: '2.9' }, null, 'en'))).toEqual(['b']);
    expect(ids(visibleThreads(threads, { ...all, organisation: boris.organisation }, null, 'en'))).toEqual(['b', 'd']);
    // In view, the indicator filter is the reading position, whatever was picked before.
    expect(ids(visibleThreads(threads, { ...DEFAULT_FILTERS, indicator: '2.9' }, '5.1', 'en'))).toEqual(['d']);
  });
});

describe('filtersShowing', () => {
  it('relaxes only the criteria that hide the thread', () => {
    const d = threads[3];
    if (d === undefined) throw new Error('fixture');
    const filters = { ...DEFAULT_FILTERS, type: 'factual-correction' as const, domain: 2, status: 'open' as const };
    const next = filtersShowing(d, filters, '2.10', 'en');
    expect(next).toEqual({ ...filters, scope: 'all', domain: null });
    expect(ids(visibleThreads([d], next, '2.10', 'en'))).toEqual(['d']);
  });

  it('keeps the filters when the thread is already listed', () => {
    const a = threads[0];
    if (a === undefined) throw new Error('fixture');
    expect(filtersShowing(a, DEFAULT_FILTERS, '2.10', 'en')).toEqual(DEFAULT_FILTERS);
  });
});

describe('counts and options', () => {
  it('counts open threads per indicator', () => {
    expect(Object.fromEntries(openCountsByIndicator(threads))).toEqual({ '2.10': 2, '2.9': 1, '5.1': 1 });
  });

  it('lists the organisations that wrote threads, once each, by name', () => {
    expect(threadOrganisations(threads, 'en')).toEqual([
      'Migrant Solidarity Network of Veloria',
      'Ministry of Labour and Social Protection',
    ]);
  });

  it('counts the narrowing filters that are set', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    // An indicator picked for "all" narrows; the same value under "in view" does not apply.
    expect(activeFilterCount({ ...DEFAULT_FILTERS, scope: 'all', indicator: '2.4', type: 'update' })).toBe(2);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, indicator: '2.4' })).toBe(0);
  });

  it('orders indicator ids as numbers', () => {
    expect(['2.10', '10.1', '2.9', '2.1'].sort(compareIndicatorIds)).toEqual(['2.1', '2.9', '2.10', '10.1']);
  });
});

const person = (id: string, name: string, organisation: string): Author => ({
  personId: `inv-${id}`,
  name,
  organisation,
  organisationId: id,
  role: 'participant',
});
const ilhame = person('ilhame', 'İlhamə Quliyeva', 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi');
const sahin = person('sahin', 'Şahin Çələbi', 'Sumqayıt Bələdiyyəsi');
const olga = person('olga', 'Ольга Ёлкина', 'Министерство труда и социальной защиты');

function remark(id: string, by: Author, body: string, quote?: string): Thread {
  const anchor = quote === undefined ? {} : { anchor: { start: 'AAAA', end: 'AAAA', quote } };
  return openThread(
    { id, commentId: `${id}-c1`, consultationId: 'demo', indicatorId: '3.1', type: 'question', body, ...anchor },
    by,
    `2026-11-27T10:0${id.length}:00.000Z`,
  );
}

describe('organisations in the reader’s alphabet', () => {
  const byOrganisation = (...names: string[]) =>
    names.map((n, i) => thread(`o${i}`, '1.1', { by: person(`o${i}`, 'X', n) }));

  it('sorts Azerbaijani names with ç after c, ə after e, ı before i and ş after s', () => {
    const list = byOrganisation(
      'Zaqatala Rayon İcra Hakimiyyəti',
      'Şəki Bələdiyyəsi',
      'Sumqayıt Bələdiyyəsi',
      'Ədliyyə Nazirliyi',
      'Ekologiya və Təbii Sərvətlər Nazirliyi',
      'Çevik Gənclər İctimai Birliyi',
      'Cəmiyyət Səhiyyəsi Fondu',
      'İqtisadiyyat Nazirliyi',
      'Ismayıllı Bələdiyyəsi',
    );
    expect(threadOrganisations(list, 'az')).toEqual([
      'Cəmiyyət Səhiyyəsi Fondu',
      'Çevik Gənclər İctimai Birliyi',
      'Ekologiya və Təbii Sərvətlər Nazirliyi',
      'Ədliyyə Nazirliyi',
      'Ismayıllı Bələdiyyəsi',
      'İqtisadiyyat Nazirliyi',
      'Sumqayıt Bələdiyyəsi',
      'Şəki Bələdiyyəsi',
      'Zaqatala Rayon İcra Hakimiyyəti',
    ]);
  });

  it('sorts Russian names with ё among the е, not before а', () => {
    const list = byOrganisation(
      'Министерство труда',
      'Жилищный союз',
      'Ёлкинский фонд',
      'Единая служба',
      'Ассоциация юристов',
    );
    expect(threadOrganisations(list, 'ru')).toEqual([
      'Ассоциация юристов',
      'Единая служба',
      'Ёлкинский фонд',
      'Жилищный союз',
      'Министерство труда',
    ]);
  });
});

describe('the text search', () => {
  const unemployment = remark('az', ilhame, 'İşsizlik müavinəti haqqında qanun 2024-cü ildə dəyişdirilib.');
  const city = remark(
    'az2',
    sahin,
    'Bələdiyyənin hesabatı əlavə edilməlidir.',
    'Sumqayıt şəhərində miqrantlar üçün mərkəz',
  );
  const law = replyToThread(
    remark('ru', olga, 'Закон о трудовой миграции принят в 2025 году.'),
    'ru-c2',
    'Согласна, ссылку нужно обновить.',
    amina,
    '2026-11-27T12:00:00.000Z',
  );
  const all = [unemployment, city, law];
  const search = (text: string, language: 'en' | 'az' | 'ru', filters: Partial<CommentFilters> = {}) =>
    ids(visibleThreads(all, { ...DEFAULT_FILTERS, scope: 'all', ...filters, search: text }, null, language));

  it('finds Azerbaijani words whatever their case, İ with i and I with ı', () => {
    expect(search('işsizlik', 'az')).toEqual(['az']);
    expect(search('İŞSİZLİK MÜAVİNƏTİ', 'az')).toEqual(['az']);
    // Dotless: "SUMQAYIT" is "sumqayıt" in Azerbaijani, not "sumqayit".
    expect(search('SUMQAYIT', 'az')).toEqual(['az2']);
    // "I" typed by someone writing English (IOM, Interior) is also read as i: the search forgives.
    expect(search('IŞSIZLIK', 'az')).toEqual(['az']);
  });

  it('folds case by the reader’s language: English rules miss the Azerbaijani I (ı), not its İ', () => {
    // İ lower-cases to i in every language once the combining dot English and Russian leave is dropped.
    expect(search('İŞSİZLİK', 'en')).toEqual(['az']);
    expect(search('SUMQAYIT', 'en')).toEqual([]);
  });

  it('finds Cyrillic words whatever their case, ё included', () => {
    expect(search('ЗАКОН О ТРУДОВОЙ', 'ru')).toEqual(['ru']);
    expect(search('ёлкина', 'ru')).toEqual(['ru']);
    expect(search('Министерство ТРУДА', 'ru')).toEqual(['ru']);
  });

  it('looks through replies, names, organisations and the quoted text', () => {
    expect(search('ссылку нужно', 'ru')).toEqual(['ru']);
    expect(search(amina.name.toUpperCase(), 'en')).toEqual(['ru']);
    expect(search('şahin çələbi', 'az')).toEqual(['az2']);
    expect(search('ƏHALİNİN SOSİAL', 'az')).toEqual(['az']);
    expect(search('miqrantlar üçün', 'az')).toEqual(['az2']);
    expect(search('  ', 'az')).toEqual(['az', 'ru', 'az2']);
  });

  it('does not find the text of a deleted comment', () => {
    const deleted = deleteComment(unemployment, 'az-c1', ilhame, '2026-11-27T13:00:00.000Z');
    expect(threadSearchText(deleted)).not.toMatch(/müavinəti/);
    expect(visibleThreads([deleted], { ...DEFAULT_FILTERS, scope: 'all', search: 'müavinəti' }, null, 'az')).toEqual(
      [],
    );
    // The author is still there.
    expect(
      ids(visibleThreads([deleted], { ...DEFAULT_FILTERS, scope: 'all', search: 'quliyeva' }, null, 'az')),
    ).toEqual(['az']);
  });

  it('combines with the other filters', () => {
    expect(search('bələdiyyə', 'az')).toEqual(['az2']);
    expect(search('bələdiyyə', 'az', { organisation: ilhame.organisation })).toEqual([]);
    expect(search('2025', 'ru', { status: 'open', type: 'question', domain: 3 })).toEqual(['ru']);
    expect(search('2025', 'ru', { type: 'update' })).toEqual([]);
    expect(search('закон', 'ru', { scope: 'in-view' })).toEqual([]);
  });

  it('is dropped, the other filters kept, when it hides a thread being opened', () => {
    const filters = { ...DEFAULT_FILTERS, scope: 'all' as const, status: 'open' as const, search: 'закон' };
    expect(filtersShowing(law, filters, null, 'ru')).toEqual(filters);
    expect(filtersShowing(city, filters, null, 'ru')).toEqual({ ...filters, search: '' });
  });

  it('counts as narrowing the list, but not as a filter of the panel', () => {
    expect(narrowsThreads({ ...DEFAULT_FILTERS, search: 'qanun' })).toBe(true);
    expect(narrowsThreads({ ...DEFAULT_FILTERS, search: ' ' })).toBe(false);
    expect(narrowsThreads({ ...DEFAULT_FILTERS, status: 'open' })).toBe(true);
    expect(narrowsThreads(DEFAULT_FILTERS)).toBe(false);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, search: 'qanun' })).toBe(0);
  });
});
