import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './commentFilters.ts';
import { indicatorButtonAction } from './indicatorButtonAction.ts';

const state = { filters: DEFAULT_FILTERS, indicatorInView: '2.4', openCount: 0, canComment: true };

describe('indicatorButtonAction', () => {
  it('opens a new comment on an indicator without open threads', () => {
    expect(indicatorButtonAction('2.4', state)).toEqual({ filters: null, compose: true });
  });

  it('shows the threads of an indicator that has open ones, or to someone who may not comment', () => {
    expect(indicatorButtonAction('2.4', { ...state, openCount: 2 }).compose).toBe(false);
    expect(indicatorButtonAction('2.4', { ...state, canComment: false }).compose).toBe(false);
  });

  it('lists an indicator out of view by filtering on it, keeping the other filters', () => {
    const filters = { ...DEFAULT_FILTERS, type: 'question' as const };
    expect(indicatorButtonAction('3.1', { ...state, filters }).filters).toEqual({
      ...filters,
      scope: 'all',
      indicator: '3.1',
    });
  });
});
