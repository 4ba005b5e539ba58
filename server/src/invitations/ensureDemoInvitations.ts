import type { Role } from '@roundtable/profile';
import type { TokenSigner } from '../auth/createTokenSigner.ts';
import { type Invitation, statusOf } from './Invitation.ts';
import type { InvitationStore } from './InvitationStore.ts';
import { tokenFor } from './tokenFor.ts';

export interface DemoInvitation {
  invitation: Invitation;
  token: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const LIFETIME_MS = 365 * DAY_MS;
/** Reissued when closer than this to expiry, so a printed link stays usable through a meeting. */
const RENEW_BEFORE_MS = 30 * DAY_MS;

interface DemoPerson {
  id: string;
  name: string;
  organisation: { id: string; name: string };
  role: Role;
}

const FACILITATOR: DemoPerson = {
  id: 'demo-facilitator',
  name: 'Demo facilitator',
  organisation: { id: 'iom-veloria', name: 'IOM Veloria Office' },
  role: 'facilitator',
};
const PARTICIPANT: DemoPerson = {
  id: 'demo-participant',
  name: 'Demo participant',
  organisation: { id: 'min-interior', name: 'Ministry of Interior' },
  role: 'participant',
};

/**
 * The demo's facilitator and participant invitations, created once with fixed
 * ids so every restart (and every instance) prints the same links. A revoked
 * or nearly expired one is reissued with a new expiry, which makes its old
 * token stale.
 */
export async function ensureDemoInvitations(
  invitations: InvitationStore,
  tokens: TokenSigner,
  now = Date.now(),
): Promise<{ facilitator: DemoInvitation; participant: DemoInvitation }> {
  const ensure = async (person: DemoPerson): Promise<DemoInvitation> => {
    const fresh: Invitation = {
      ...person,
      consultationId: 'demo',
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + LIFETIME_MS).toISOString(),
      revokedAt: null,
      invitedBy: null,
    };
    let invitation = (await invitations.create(fresh)) ?? (await invitations.get('demo', person.id)) ?? fresh;
    if (statusOf(invitation, now + RENEW_BEFORE_MS) !== 'active') {
      await invitations.replace(fresh);
      invitation = fresh;
    }
    return { invitation, token: await tokenFor(tokens, invitation) };
  };
  return { facilitator: await ensure(FACILITATOR), participant: await ensure(PARTICIPANT) };
}
