// @vitest-environment happy-dom
import type { Comment } from '@roundtable/profile';
import { act } from 'preact/test-utils';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { CommentFiltersBar } from './CommentFiltersBar.tsx';
import { CommentItem } from './CommentItem.tsx';
import { DEFAULT_FILTERS } from './commentFilters.ts';

const page = mountedRoot();

function toggle(): HTMLButtonElement {
  const button = page.container.querySelector<HTMLButtonElement>('button[aria-expanded]');
  if (button === null) throw new Error('no toggle');
  return button;
}

/** The ids that an `aria-controls` names and the page does not hold. */
function missingControlled(): string[] {
  return [...page.container.querySelectorAll('[aria-controls]')]
    .flatMap((element) => (element.getAttribute('aria-controls') ?? '').split(/\s+/))
    .filter((id) => document.getElementById(id) === null);
}

/** Expands the toggle and returns the element its `aria-controls` names. */
function expand(): HTMLElement | null {
  act(() => toggle().click());
  expect(toggle().getAttribute('aria-expanded')).toBe('true');
  return document.getElementById(toggle().getAttribute('aria-controls') ?? '');
}

// What they control is not rendered while collapsed: the buttons named elements that were not there.
describe('aria-controls of the comments’ toggles', () => {
  it('names the filter panel only while it is in the page', () => {
    page.render(
      createElement(CommentFiltersBar, {
        filters: DEFAULT_FILTERS,
        onChange: () => {},
        indicatorInView: null,
        domains: [],
        organisations: [],
        shown: null,
      }),
    );
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(missingControlled()).toEqual([]);
    expect(expand()?.querySelectorAll('select').length).toBeGreaterThan(0);
    expect(missingControlled()).toEqual([]);
  });

  it('names an edited comment’s history only while it is in the page', () => {
    const comment: Comment = {
      id: 'c1',
      author: {
        personId: 'p1',
        name: 'Amina Diallo',
        organisation: 'Ministry of Labour',
        organisationId: null,
        role: 'participant',
      },
      body: 'Second wording',
      createdAt: '2025-03-01T09:00:00.000Z',
      editedAt: '2025-03-01T09:05:00.000Z',
      history: [{ body: 'First wording', replacedAt: '2025-03-01T09:05:00.000Z' }],
    };
    page.render(
      createElement(CommentItem, {
        comment,
        own: false,
        editable: true,
        onEdit: async () => {},
        onDelete: async () => {},
      }),
    );
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(missingControlled()).toEqual([]);
    expect(expand()?.textContent).toContain('First wording');
    expect(missingControlled()).toEqual([]);
  });
});
