import { describe, expect, it } from 'vitest';
import { boris, thread } from '../../../tests/helpers/testThreads.ts';
import {
  activeFilterCount,
  compareIndicatorIds,
  DEFAULT_FILTERS,
  filtersShowing,
  openCountsByIndicator,
  threadOrganisations,
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
    expect(ids(visibleThreads(threads, DEFAULT_FILTERS, '2.10'))).toEqual(['e', 'c', 'a']);
  });

  it('lists nothing in view when no indicator is in view', () => {
    expect(visibleThreads(threads, DEFAULT_FILTERS, null)).toEqual([]);
  });

  it('lists all threads in document order, with 2.10 after 2.9', () => {
    expect(ids(visibleThreads(threads, { ...DEFAULT_FILTERS, scope: 'all' }, '2.10'))).toEqual([
      'b',
      'e',
      'c',
      'a',
      'd',
    ]);
  });

  it('narrows by status, type, domain, indicator and organisation', () => {
    const all = { ...DEFAULT_FILTERS, scope: 'all' as const };
    expect(ids(visibleThreads(threads, { ...all, status: 'resolved' }, null))).toEqual(['c']);
    expect(ids(visibleThreads(threads, { ...all, type: 'question' }, null))).toEqual(['b']);
    expect(ids(visibleThreads(threads, { ...all, domain: 5 }, null))).toEqual(['d']);
    expect(ids(visibleThreads(threads, { ...all, indicator: '2.9' }, null))).toEqual(['b']);
    expect(ids(visibleThreads(threads, { ...all, organisation: boris.organisation }, null))).toEqual(['b', 'd']);
    // In view, the indicator filter is the reading position, whatever was picked before.
    expect(ids(visibleThreads(threads, { ...DEFAULT_FILTERS, indicator: '2.9' }, '5.1'))).toEqual(['d']);
  });
});

describe('filtersShowing', () => {
  it('relaxes only the criteria that hide the thread', () => {
    const d = threads[3];
    if (d === undefined) throw new Error('fixture');
    const filters = { ...DEFAULT_FILTERS, type: 'factual-correction' as const, domain: 2, status: 'open' as const };
    const next = filtersShowing(d, filters, '2.10');
    expect(next).toEqual({ ...filters, scope: 'all', domain: null });
    expect(ids(visibleThreads([d], next, '2.10'))).toEqual(['d']);
  });

  it('keeps the filters when the thread is already listed', () => {
    const a = threads[0];
    if (a === undefined) throw new Error('fixture');
    expect(filtersShowing(a, DEFAULT_FILTERS, '2.10')).toEqual(DEFAULT_FILTERS);
  });
});

describe('counts and options', () => {
  it('counts open threads per indicator', () => {
    expect(Object.fromEntries(openCountsByIndicator(threads))).toEqual({ '2.10': 2, '2.9': 1, '5.1': 1 });
  });

  it('lists the organisations that wrote threads, once each, by name', () => {
    expect(threadOrganisations(threads)).toEqual([
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
