import { actionsOf, joinRequestSchema, type Me, renameRequestSchema } from '@roundtable/profile';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { Authenticator } from '../auth/Authenticator.ts';
import type { Member } from '../auth/Principal.ts';
import { TOKEN_COOKIE } from '../auth/tokenCookie.ts';
import { ApiError } from '../http/ApiError.ts';
import { unauthorized } from '../http/Guard.ts';
import { readBody } from '../http/readBody.ts';
import type { InvitationRoutesDeps } from './createInvitationRoutes.ts';

/** What the join routes need: the invitation routes' deps and the authenticator that reads a token. */
export type JoinRoutesDeps = Pick<
  InvitationRoutesDeps,
  'consultations' | 'invitations' | 'guard' | 'logger' | 'publicUrl' | 'now'
> & { authenticator: Authenticator };

/**
 * `POST /api/join { token }`: the join page trades the link's token for an
 * HttpOnly cookie, so the browser stays joined and scripts cannot read it.
 * `GET /api/me`: who the token (header or cookie) belongs to.
 * `PATCH /api/me { name }`: the person corrects their name on the invitation
 * itself, the one source of the name on their cursor, in the people list and
 * on the comments they write from then on; answers the new `Me`.
 */
export function createJoinRoutes(deps: JoinRoutesDeps): Hono {
  const app = new Hono();
  const now = deps.now ?? Date.now;

  const meOf = async (member: Member): Promise<Me & { kind: 'member' }> => {
    const { invitation } = member;
    const record = await deps.consultations.get(invitation.consultationId);
    if (!record) throw new ApiError(404, 'not_found', 'The consultation of this invitation no longer exists');
    return {
      kind: 'member',
      id: invitation.id,
      name: invitation.name,
      organisation: invitation.organisation,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      actions: actionsOf(invitation.role),
      consultation: deps.consultations.summary(record),
    };
  };

  app.post('/api/join', async (c) => {
    const { token } = await readBody(c, joinRequestSchema);
    const auth = await deps.authenticator.authenticateMember(token);
    if (!auth.ok) throw unauthorized(auth.failure);
    const me = await meOf(auth.principal);
    const maxAge = Math.max(0, Math.floor((Date.parse(auth.principal.invitation.expiresAt) - now()) / 1000));
    setCookie(c, TOKEN_COOKIE, token, {
      httpOnly: true,
      // Strict: no other site can make the browser use it, for the API or for a websocket.
      sameSite: 'Strict',
      path: '/',
      maxAge,
      secure: isHttps(c, deps.publicUrl),
    });
    deps.logger.info('invitation.joined', {
      consultation: me.consultation.id,
      invitationId: auth.principal.invitation.id,
    });
    return c.json(me satisfies Me);
  });

  app.patch('/api/me', async (c) => {
    const principal = await deps.guard.principal(c);
    if (principal.kind !== 'member')
      throw new ApiError(403, 'forbidden', 'Only an invited person has a name to change');
    const { name } = await readBody(c, renameRequestSchema);
    const { consultationId, id } = principal.invitation;
    const invitation = await deps.invitations.rename(consultationId, id, name);
    if (!invitation) throw new ApiError(404, 'not_found', 'This invitation no longer exists');
    deps.logger.info('invitation.renamed', { consultation: consultationId, invitationId: id });
    return c.json((await meOf({ kind: 'member', invitation })) satisfies Me);
  });

  app.get('/api/me', async (c) => {
    const principal = await deps.guard.principal(c);
    return c.json(principal.kind === 'admin' ? ({ kind: 'admin' } satisfies Me) : await meOf(principal));
  });

  return app;
}

function isHttps(c: Context, publicUrl: string | undefined): boolean {
  if (publicUrl) return publicUrl.startsWith('https:');
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}
