// @vitest-environment happy-dom
import type { Comment } from '@roundtable/profile';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { CommentItem } from './CommentItem.tsx';

const page = mountedRoot();

const comment: Comment = {
  id: 'c1',
  author: {
    personId: 'boris',
    name: 'Boris Petrov',
    organisation: 'Ministry of Interior',
    organisationId: null,
    role: 'participant',
  },
  body: 'The 2025 amendment passed.',
  createdAt: '2025-03-01T09:00:00.000Z',
  history: [],
};

/** The labels of the author's own actions under the comment. */
function ownActions(): string[] {
  return [...page.container.querySelectorAll('.rt-comment__own button')].map((b) => b.textContent ?? '');
}

describe('CommentItem', () => {
  it('offers its author Edit and Delete while the thread is open, only Delete once it is resolved', () => {
    const render = (editable: boolean) =>
      page.render(
        createElement(CommentItem, { comment, own: true, editable, onEdit: async () => {}, onDelete: async () => {} }),
      );
    render(true);
    expect(ownActions()).toEqual(['Edit', 'Delete']);
    render(false);
    expect(ownActions()).toEqual(['Delete']);
  });
});
