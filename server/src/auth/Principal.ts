import type { Invitation } from '../invitations/Invitation.ts';

/** The operator of the server, holder of `ADMIN_TOKEN`: creates consultations and their first facilitators. */
export interface Operator {
  kind: 'admin';
}

/** A person in one consultation, through their invitation. */
export interface Member {
  kind: 'member';
  invitation: Invitation;
}

/** Whoever presented a valid token. */
export type Principal = Operator | Member;
