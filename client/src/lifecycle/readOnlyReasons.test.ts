import { describe, expect, it } from 'vitest';
import { readOnlyReasons } from './readOnlyReasons.ts';

const open = { roleMayEdit: true, status: 'in-consultation', serverAllowsWrites: true } as const;

describe('readOnlyReasons', () => {
  it('gives none while the role may edit, the draft is open and the server takes changes', () => {
    expect(readOnlyReasons(open)).toEqual([]);
    expect(readOnlyReasons({ ...open, status: null })).toEqual([]);
    expect(readOnlyReasons({ ...open, status: 'draft' })).toEqual([]);
  });

  // Regression: a participant of a validated consultation was told their invitation was the cause.
  it('names the lifecycle, not the invitation, when validation or publication closed the draft', () => {
    expect(readOnlyReasons({ ...open, status: 'validated' })).toEqual([
      'The consultation is validated: its draft is read-only',
    ]);
    expect(readOnlyReasons({ ...open, status: 'published' })).toEqual([
      'The consultation is published: its draft is read-only',
    ]);
  });

  it('names the invitation for a role that may not edit, and the lifecycle too when it also closed the draft', () => {
    expect(readOnlyReasons({ ...open, roleMayEdit: false })).toEqual([
      'Your invitation lets you follow the draft, not edit it',
    ]);
    expect(readOnlyReasons({ ...open, roleMayEdit: false, status: 'published' })).toEqual([
      'Your invitation lets you follow the draft, not edit it',
      'The consultation is published: its draft is read-only',
    ]);
  });

  it('names a refusal by the server only when nothing else explains it', () => {
    expect(readOnlyReasons({ ...open, serverAllowsWrites: false })).toEqual([
      'The server refused a change to the draft: reload the page to edit again',
    ]);
    expect(readOnlyReasons({ ...open, serverAllowsWrites: false, status: 'validated' })).toEqual([
      'The consultation is validated: its draft is read-only',
    ]);
  });
});
