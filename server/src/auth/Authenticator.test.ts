import { describe, expect, it } from 'vitest';
import { ensureDemoInvitations } from '../invitations/ensureDemoInvitations.ts';
import { InvitationStore } from '../invitations/InvitationStore.ts';
import { tokenFor } from '../invitations/tokenFor.ts';
import { createMemoryRecordStore } from '../storage/createMemoryRecordStore.ts';
import { Authenticator } from './Authenticator.ts';
import { createTokenSigner } from './createTokenSigner.ts';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const ADMIN = 'the-operator-token-0123456789';

function setup() {
  const invitations = new InvitationStore(createMemoryRecordStore());
  const tokens = createTokenSigner('unit-test-secret-0123456789');
  const authenticator = new Authenticator({ adminToken: ADMIN, tokens, invitations, now: () => NOW });
  const issue = async (role: 'facilitator' | 'observer' = 'observer', expiresInMs = 3_600_000) => {
    const invitation = await invitations.create({
      consultationId: 'demo',
      name: 'Amina',
      organisation: { id: null, name: 'NGO' },
      role,
      createdAt: new Date(NOW).toISOString(),
      expiresAt: new Date(NOW + expiresInMs).toISOString(),
      invitedBy: null,
    });
    if (!invitation) throw new Error('setup');
    return { invitation, token: await tokenFor(tokens, invitation) };
  };
  return { invitations, tokens, authenticator, issue };
}

describe('Authenticator', () => {
  it('knows the operator, but only where operators are accepted', async () => {
    const { authenticator } = setup();
    expect(await authenticator.authenticate(ADMIN)).toEqual({ ok: true, principal: { kind: 'admin' } });
    expect(await authenticator.authenticateMember(ADMIN)).toEqual({ ok: false, failure: 'malformed' });
    expect(await authenticator.authenticate(`${ADMIN}x`)).toEqual({ ok: false, failure: 'malformed' });
  });

  it('returns the stored invitation of a valid token', async () => {
    const { authenticator, issue } = setup();
    const { invitation, token } = await issue();
    expect(await authenticator.authenticate(token)).toEqual({ ok: true, principal: { kind: 'member', invitation } });
  });

  it('tells missing, revoked and unknown invitations apart', async () => {
    const { authenticator, issue, invitations, tokens } = setup();
    expect(await authenticator.authenticate(undefined)).toEqual({ ok: false, failure: 'missing' });
    const { invitation, token } = await issue();
    await invitations.revoke('demo', invitation.id, new Date(NOW));
    expect(await authenticator.authenticate(token)).toEqual({ ok: false, failure: 'revoked' });
    const ghost = await tokens.sign({
      invitationId: 'inv_ghost',
      consultationId: 'demo',
      role: 'observer',
      issuedAt: NOW / 1000,
      expiresAt: NOW / 1000 + 60,
    });
    expect(await authenticator.authenticate(ghost)).toEqual({ ok: false, failure: 'unknown' });
  });

  it('refuses a token for another consultation than its invitation is stored under', async () => {
    const { authenticator, issue, tokens } = setup();
    const { invitation } = await issue();
    const moved = await tokens.sign({
      invitationId: invitation.id,
      consultationId: 'elsewhere',
      role: 'observer',
      issuedAt: NOW / 1000,
      expiresAt: Math.floor(Date.parse(invitation.expiresAt) / 1000),
    });
    expect(await authenticator.authenticate(moved)).toEqual({ ok: false, failure: 'unknown' });
  });

  it('refuses the old token of a reissued demo invitation (regression: revoked demo links came back)', async () => {
    const { authenticator, invitations, tokens } = setup();
    const first = await ensureDemoInvitations(invitations, tokens, NOW);
    await invitations.revoke('demo', first.participant.invitation.id, new Date(NOW));
    const second = await ensureDemoInvitations(invitations, tokens, NOW + 1000);
    expect(second.participant.token).not.toBe(first.participant.token);
    expect(second.facilitator.token).toBe(first.facilitator.token);
    expect((await authenticator.authenticate(first.participant.token)).ok).toBe(false);
    expect((await authenticator.authenticate(second.participant.token)).ok).toBe(true);
  });
});
