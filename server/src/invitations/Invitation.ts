import type { InvitationStatus, InvitedOrganisation, Role } from '@roundtable/profile';

/** A person invited to a consultation, on behalf of an organisation, with a role. */
export interface Invitation {
  id: string;
  consultationId: string;
  name: string;
  organisation: InvitedOrganisation;
  role: Role;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** The facilitator's invitation that created this one; null when the operator did. */
  invitedBy: string | null;
}

export function statusOf(invitation: Invitation, nowMs = Date.now()): InvitationStatus {
  if (invitation.revokedAt !== null) return 'revoked';
  return Date.parse(invitation.expiresAt) <= nowMs ? 'expired' : 'active';
}

/** Expiry in whole seconds, as tokens carry it. */
export function expirySecondsOf(invitation: Invitation): number {
  return Math.floor(Date.parse(invitation.expiresAt) / 1000);
}
