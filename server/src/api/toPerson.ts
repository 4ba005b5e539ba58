import type { Role } from '@roundtable/profile';
import {
  type Invitation,
  type InvitationStatus,
  type InvitedOrganisation,
  statusOf,
} from '../invitations/Invitation.ts';

/** A person as `GET /api/consultations/:id/people` lists them. */
export interface Person {
  /** The invitation id: stable, and what `DELETE .../invitations/:invitationId` takes. */
  id: string;
  name: string;
  organisation: InvitedOrganisation;
  role: Role;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  invitedBy: string | null;
  /** Has at least one open connection to a room of the consultation, on any instance. */
  connected: boolean;
  connections: number;
}

export function toPerson(invitation: Invitation, connections: number, nowMs: number): Person {
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
