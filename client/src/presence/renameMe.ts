import { type Member, meSchema, type RenameRequest } from '@roundtable/profile';
import { ApiRequestError, apiRequest, BAD_RESPONSE } from '../app/apiRequest.ts';

/**
 * `PATCH /api/me { name }`: corrects the person's name on their invitation,
 * the one source of their name everywhere. Resolves to who they now are;
 * rejects with {@link ApiRequestError}. `consultationId` picks the invitation
 * cookie (one per consultation).
 */
export async function renameMe(name: string, consultationId: string): Promise<Member> {
  const path = `/api/me?consultation=${encodeURIComponent(consultationId)}`;
  const me = await apiRequest(meSchema, 'PATCH', path, { name } satisfies RenameRequest);
  if (me.kind !== 'member') throw new ApiRequestError(200, BAD_RESPONSE, 'The server answered for the operator.');
  return me;
}
