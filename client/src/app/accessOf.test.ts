import type { Action, Member, Role } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import { accessOf } from './accessOf.ts';

const member = (role: Role, actions: Action[]): Member => ({
  kind: 'member',
  id: 'inv-1',
  name: 'Amina Diallo',
  organisation: { id: 'min-labour', name: 'Ministry of Labour' },
  role,
  expiresAt: '2027-11-30T00:00:00.000Z',
  actions,
  consultation: {
    id: 'demo',
    title: 'Demo',
    country: 'Veloria',
    level: 'national',
    round: 1,
    year: 2026,
    status: 'in-consultation',
    languages: ['en'],
    organisations: [],
    timeZone: 'UTC',
    language: 'en',
    createdAt: '2026-11-30T00:00:00.000Z',
    rooms: { draft: 'demo:draft' },
    lifecycle: [],
  },
});

describe('accessOf', () => {
  it('lets a facilitator comment, resolve, invite, run the meeting and export', () => {
    const access = accessOf(member('facilitator', ['edit', 'comment']));
    expect(access.viewer).toEqual({ personId: 'inv-1', canComment: true, canResolve: true });
    expect([access.mayEdit, access.mayInvite, access.mayRunMeeting, access.mayExport]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('lets a commenter comment but not edit, resolve or invite', () => {
    const access = accessOf(member('commenter', ['comment']));
    expect(access.viewer).toEqual({ personId: 'inv-1', canComment: true, canResolve: false });
    expect([access.mayEdit, access.mayInvite, access.mayRunMeeting]).toEqual([false, false, false]);
  });

  it('takes editing from the invitation’s actions', () => {
    expect(accessOf(member('observer', [])).mayEdit).toBe(false);
    expect(accessOf(member('observer', ['edit'])).mayEdit).toBe(true);
  });

  it('leaves editing to the server when /api/me did not answer', () => {
    const access = accessOf(null);
    expect(access.mayEdit).toBe(true);
    expect(access.viewer).toEqual({ personId: null, canComment: false, canResolve: false });
  });
});
