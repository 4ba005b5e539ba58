import { describe, expect, it } from 'vitest';
import { parseMe } from './me.ts';

describe('parseMe', () => {
  it('reads a member as GET /api/me returns it', () => {
    const me = parseMe({
      kind: 'member',
      id: 'inv-1',
      name: 'Amina',
      organisation: { id: 'min-labour', name: 'Ministry of Labour' },
      role: 'participant',
      expiresAt: '2027-01-01T00:00:00.000Z',
      actions: ['read', 'edit', 42],
      consultation: { id: 'demo', title: 'Draft' },
    });
    expect(me).toEqual({
      kind: 'member',
      id: 'inv-1',
      name: 'Amina',
      organisation: { id: 'min-labour', name: 'Ministry of Labour' },
      role: 'participant',
      actions: ['read', 'edit'],
      consultation: { id: 'demo', title: 'Draft' },
    });
  });

  it('returns null for anything else', () => {
    expect(parseMe(null)).toBeNull();
    expect(parseMe({ kind: 'member', name: 'x' })).toBeNull();
    expect(parseMe({ error: { code: 'unauthorized' } })).toBeNull();
    expect(parseMe({ kind: 'admin' })).toEqual({ kind: 'admin' });
  });
});
