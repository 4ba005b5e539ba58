import { ProtocolError } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import type { Invitation } from './Invitation.ts';
import { presenceStampOf } from './presenceStampOf.ts';

const olga: Invitation = {
  id: 'inv_olga',
  consultationId: 'demo',
  name: 'Olga Ivanova',
  organisation: { id: 'min-health', name: 'Ministry of Health' },
  role: 'observer',
  createdAt: '2026-11-01T00:00:00.000Z',
  expiresAt: '2026-12-01T00:00:00.000Z',
  revokedAt: null,
  invitedBy: null,
};

describe('presenceStampOf', () => {
  it("writes the invitation's name, organisation, role and id over what the client claims", () => {
    const stamp = presenceStampOf(olga);
    const claimed = { name: 'Fatou (IOM)', color: '#123', awarenessData: { organisation: 'IOM', role: 'facilitator' } };
    expect(JSON.parse(stamp(JSON.stringify(claimed)))).toEqual({
      name: 'Olga Ivanova',
      color: '#123',
      awarenessData: { organisation: 'Ministry of Health', role: 'observer', personId: 'inv_olga' },
    });
  });

  it('refuses a state that is not a JSON object', () => {
    const stamp = presenceStampOf(olga);
    for (const text of ['5', '"Olga"', '[1]', 'null', '{oops']) {
      expect(() => stamp(text), text).toThrow(ProtocolError);
    }
  });
});
