import type { InvitedPerson } from '@roundtable/profile';
import { type Invitation, statusOf } from './Invitation.ts';

/**
 * An invitation as the API shows the person it invites (`invitedPersonSchema`
 * in @roundtable/profile), with its status at `nowMs` and its open connections.
 */
export function toPerson(invitation: Invitation, connections: number, nowMs: number): InvitedPerson {
  return {
    id: invitation.id,
    name: invitation.name,
    organisation: invitation.organisation,
    role: invitation.role,
    status: statusOf(invitation, nowMs),
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    revokedAt: invitation.revokedAt,
    invitedBy: invitation.invitedBy,
    connected: connections > 0,
    connections,
  };
}
