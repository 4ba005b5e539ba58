import { ApiRequestError, apiRequest } from '../app/apiRequest.ts';
import { type Member, parseMe } from '../app/me.ts';

/**
 * `PATCH /api/me { name }`: corrects the person's name on their invitation,
 * the one source of their name everywhere. Resolves to who they now are;
 * rejects with {@link ApiRequestError}.
 */
export async function renameMe(name: string): Promise<Member> {
  const me = parseMe(await apiRequest<unknown>('PATCH', '/api/me', { name }));
  if (me?.kind !== 'member')
    throw new ApiRequestError(200, 'bad_response', 'The server answered something unexpected.');
  return me;
}
