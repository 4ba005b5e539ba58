import type { Role } from '@roundtable/profile';
import { apiRequest, consultationPath } from '../app/apiRequest.ts';

export type InvitationStatus = 'active' | 'revoked' | 'expired';

/** A person invited to the consultation, as `GET /api/consultations/:id/people` lists them. */
export interface InvitedPerson {
  /** The invitation id. */
  id: string;
  name: string;
  organisation: { id: string | null; name: string };
  role: Role;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  invitedBy: string | null;
  connected: boolean;
  connections: number;
}

export interface CreatedInvitation extends InvitedPerson {
  token: string;
  /** The link to open: `/join#token=...`. */
  url: string;
}

/** One of the consultation's organisations by id, or a body not on its list by name. */
export type OrganisationInput = string | { name: string };

export interface InvitationRequest {
  name: string;
  organisation: OrganisationInput;
  role: Role;
  expiresInHours?: number;
}

export const invitationApi = {
  async people(consultationId: string, signal?: AbortSignal): Promise<InvitedPerson[]> {
    const body = await apiRequest<{ people: InvitedPerson[] }>(
      'GET',
      consultationPath(consultationId, '/people'),
      undefined,
      signal,
    );
    return body.people;
  },
  invite: (consultationId: string, request: InvitationRequest) =>
    apiRequest<CreatedInvitation>('POST', consultationPath(consultationId, '/invitations'), request),
  revoke: (consultationId: string, invitationId: string) =>
    apiRequest<InvitedPerson>(
      'DELETE',
      consultationPath(consultationId, `/invitations/${encodeURIComponent(invitationId)}`),
    ),
};
