import {
  createdInvitationSchema,
  type InvitedPerson,
  invitedPersonSchema,
  type NewInvitationRequest,
  peopleListSchema,
} from '@roundtable/profile';
import { apiRequest, consultationPath } from '../app/apiRequest.ts';

/**
 * The invitation endpoints of the API (server/src/invitations/createInvitationRoutes.ts),
 * requests and answers in the shapes of @roundtable/profile. Every call
 * rejects with `ApiRequestError` (an answer the schemas refuse included).
 */
export const invitationApi = {
  /** Everyone invited (`GET .../people`): active ones for members, all for those who may invite. */
  async people(consultationId: string, signal?: AbortSignal): Promise<InvitedPerson[]> {
    const body = await apiRequest(
      peopleListSchema,
      'GET',
      consultationPath(consultationId, '/people'),
      undefined,
      signal,
    );
    return body.people;
  },
  /** A new invitation (`POST .../invitations`), with its token and link. */
  invite: (consultationId: string, request: NewInvitationRequest) =>
    apiRequest(createdInvitationSchema, 'POST', consultationPath(consultationId, '/invitations'), request),
  /** Withdraws an invitation (`DELETE .../invitations/:id`); resolves to the person, now revoked. */
  revoke: (consultationId: string, invitationId: string) =>
    apiRequest(
      invitedPersonSchema,
      'DELETE',
      consultationPath(consultationId, `/invitations/${encodeURIComponent(invitationId)}`),
    ),
};
