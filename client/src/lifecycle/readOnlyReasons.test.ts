import { CONSULTATION_STATUSES, closedDraftReason } from '@roundtable/profile';
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
    expect(readOnlyReasons({ ...open, status: 'validated' })).toEqual(['validated']);
    expect(readOnlyReasons({ ...open, status: 'published' })).toEqual(['published']);
  });

  it('names the lifecycle exactly where the server closes the draft', () => {
    for (const status of CONSULTATION_STATUSES) {
      const closed = readOnlyReasons({ ...open, status }).length > 0;
      expect(closed, status).toBe(closedDraftReason(status) !== null);
    }
  });

  it('names the invitation for a role that may not edit, and the lifecycle too when it also closed the draft', () => {
    expect(readOnlyReasons({ ...open, roleMayEdit: false })).toEqual(['role']);
    expect(readOnlyReasons({ ...open, roleMayEdit: false, status: 'published' })).toEqual(['role', 'published']);
  });

  it('names a refusal by the server only when nothing else explains it', () => {
    expect(readOnlyReasons({ ...open, serverAllowsWrites: false })).toEqual(['server-refused']);
    expect(readOnlyReasons({ ...open, serverAllowsWrites: false, status: 'validated' })).toEqual(['validated']);
  });
});
