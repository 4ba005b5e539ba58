import { ROLES, type Role } from '@roundtable/profile';
import { type ApiResponse, api, createConsultation, type Invited, invite, type ServerAccess } from './members.ts';

/** Demo organisations the members of a meeting test speak for, by role. */
export const ORGANISATION_OF: Record<Role, string> = {
  facilitator: 'iom-veloria',
  participant: 'min-interior',
  commenter: 'migrant-solidarity-network',
  observer: 'estrava-state-university',
};

/** A demo-seeded consultation with one member per role, and the meeting API as each of them (or the operator). */
export interface MeetingConsultation {
  id: string;
  members: Record<Role, Invited>;
  /** `path` under `/api/consultations/<id>`, as `who` (a role, `admin`, or a token). */
  call(who: Role | 'admin' | { token: string }, method: string, path: string, body?: unknown): Promise<ApiResponse>;
  /** The same consultation and members, calling `server` (another instance, or a restarted one). */
  on(server: ServerAccess): MeetingConsultation;
}

/**
 * Creates consultation `id` from the demo profile (its demo organisations
 * invited) and invites one member per role, each for a demo organisation.
 */
export async function meetingConsultation(server: ServerAccess, id: string): Promise<MeetingConsultation> {
  await createConsultation(server, { id, seed: 'demo', title: `Meeting ${id}`, country: 'Republic of Veloria' });
  const members = {} as Record<Role, Invited>;
  for (const role of ROLES) {
    members[role] = await invite(server, id, { role, name: `Meeting ${role}`, organisation: ORGANISATION_OF[role] });
  }
  return meetingOn(server, id, members);
}

function meetingOn(server: ServerAccess, id: string, members: Record<Role, Invited>): MeetingConsultation {
  return {
    id,
    members,
    call(who, method, path, body) {
      const token = who === 'admin' ? server.adminToken : typeof who === 'object' ? who.token : members[who].token;
      return api(server, `/api/consultations/${id}${path}`, { method, token, ...(body === undefined ? {} : { body }) });
    },
    on: (other) => meetingOn(other, id, members),
  };
}
