import { type Member, meSchema, type RenameRequest } from '@roundtable/profile';
import { ApiRequestError, apiRequest, BAD_RESPONSE } from '../app/apiRequest.ts';

/**
 * `PATCH /api/me { name }`: corrects the person's name on their invitation,
 * the one source of their name everywhere. Resolves to who they now are;
 * rejects with {@link ApiRequestError}.
 */
export async function renameMe(name: string): Promise<Member> {
  const me = await apiRequest(meSchema, 'PATCH', '/api/me', { name } satisfies RenameRequest);
  if (me.kind !== 'member') throw new ApiRequestError(200, BAD_RESPONSE, 'The server answered for the operator.');
  return me;
}
