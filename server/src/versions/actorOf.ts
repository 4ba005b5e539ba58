import type { Actor } from '@roundtable/profile';
import type { Member } from '../auth/Principal.ts';

/** A member as versions and the lifecycle record them: invitation id, name and organisation at the time. */
export function actorOf(member: Member): Actor {
  const { invitation } = member;
  return { personId: invitation.id, name: invitation.name, organisation: invitation.organisation.name };
}
