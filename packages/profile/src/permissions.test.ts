import { describe, expect, it } from 'vitest';
import { ACTIONS, actionsOf, can } from './permissions.ts';
import { ROLES } from './vocabulary.ts';

// The table of issue 4, written out by hand so a change to the grants must change this test too.
const EXPECTED: Record<string, string[]> = {
  facilitator: ['read', 'edit', 'edit-fields', 'comment', 'resolve', 'run-meeting', 'invite', 'export'],
  participant: ['read', 'edit', 'comment'],
  commenter: ['read', 'comment'],
  observer: ['read'],
};

describe('can', () => {
  it.each(ROLES.flatMap((role) => ACTIONS.map((action) => ({ role, action }))))(
    'answers the table for $role / $action',
    ({ role, action }) => {
      expect(can(role, action)).toBe(EXPECTED[role]?.includes(action) ?? false);
    },
  );

  it('lists the allowed actions of a role in table order', () => {
    for (const role of ROLES) expect(actionsOf(role), role).toEqual(EXPECTED[role]);
  });
});
