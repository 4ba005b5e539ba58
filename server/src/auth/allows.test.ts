import { ACTIONS, can, ROLES, type Role } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import { allows } from './allows.ts';
import type { Member } from './Principal.ts';

const member = (role: Role, consultationId = 'demo'): Member => ({
  kind: 'member',
  invitation: {
    id: `inv-${role}`,
    consultationId,
    name: `A ${role}`,
    organisation: { id: null, name: 'Somewhere' },
    role,
    createdAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2027-01-01T00:00:00.000Z',
    revokedAt: null,
    invitedBy: null,
  },
});

describe('allows', () => {
  it('lets the operator do everything, in every consultation', () => {
    for (const action of ACTIONS) {
      expect(allows({ kind: 'admin' }, 'demo', action)).toBe(true);
      expect(allows({ kind: 'admin' }, 'other', action)).toBe(true);
    }
  });

  it('lets a member do what their role may, in their own consultation only', () => {
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        expect(allows(member(role), 'demo', action), `${role} ${action}`).toBe(can(role, action));
        expect(allows(member(role), 'other', action), `${role} ${action} elsewhere`).toBe(false);
      }
    }
    // The table itself is checked in permissions.test.ts; here: the role is the member's, not a fixed one.
    expect(allows(member('observer'), 'demo', 'comment')).toBe(false);
    expect(allows(member('commenter'), 'demo', 'comment')).toBe(true);
  });
});
