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

  // Regression: with "All" narrowed to 1.6, the button of 1.5 (in view) changed nothing, and a reply meant for
  // 1.5 went to the 1.6 thread still listed.
  it('lists an indicator in view when the sidebar shows another indicator under "All"', () => {
    const filters = { ...DEFAULT_FILTERS, scope: 'all' as const, indicator: '1.6' };
    expect(indicatorButtonAction('1.5', { ...state, filters, indicatorInView: '1.5', openCount: 1 })).toEqual({
      filters: { ...filters, indicator: '1.5' },
      compose: false,
    });
    expect(
      indicatorButtonAction('1.6', { ...state, filters, indicatorInView: '1.5', openCount: 1 }).filters,
    ).toBeNull();
    // "All" with no indicator picked: the button narrows it to the one clicked.
    const all = { ...DEFAULT_FILTERS, scope: 'all' as const };
    expect(indicatorButtonAction('2.4', { ...state, filters: all }).filters).toEqual({ ...all, indicator: '2.4' });
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
