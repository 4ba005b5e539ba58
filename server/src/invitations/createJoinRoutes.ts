import {
  actionsOf,
  joinRequestSchema,
  type LogoutRequest,
  logoutRequestSchema,
  type Me,
  personNameProblem,
  renameRequestSchema,
} from '@roundtable/profile';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Authenticator } from '../auth/Authenticator.ts';
import type { Member } from '../auth/Principal.ts';
import { TOKEN_COOKIE, tokenCookieName, tokenCookieNames } from '../auth/tokenCookie.ts';
import { ApiError } from '../http/ApiError.ts';
import { clientAddress } from '../http/clientAddress.ts';
import { unauthorized } from '../http/Guard.ts';
import type { KeyedRateLimit } from '../http/rateLimit.ts';
import { createRateLimit } from '../http/rateLimit.ts';
import { parseInput, readBody } from '../http/readBody.ts';
import type { InvitationRoutesDeps } from './createInvitationRoutes.ts';

/** What the join routes need: the invitation routes' deps and the authenticator that reads a token. */
export type JoinRoutesDeps = Pick<
  InvitationRoutesDeps,
  | 'consultations'
  | 'invitations'
  | 'guard'
  | 'logger'
  | 'publicUrl'
  | 'now'
  | 'trustProxy'
  | 'rateLimits'
  | 'rateCounters'
  | 'metrics'
> & {
  authenticator: Authenticator;
  /** Counts a person's renames with their posts; 429 past the limit. */
  limitPosts: KeyedRateLimit;
};

/**
 * `POST /api/join { token }`: the join page trades the link's token for an
 * HttpOnly cookie of that consultation (`roundtable_token_<id>`), so the
 * browser stays joined, scripts cannot read it, and invitations to other
 * consultations keep their own cookies. Rate-limited per client address.
 * `POST /api/logout { consultationId? }`: clears that consultation's cookie,
 * or every invitation cookie of the browser.
 * `GET /api/me?consultation=<id>`: who the token (header, or the cookie of
 * that consultation; the only cookie when none is named) belongs to.
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

  app.post(
    '/api/join',
    createRateLimit({
      name: 'join',
      points: deps.rateLimits?.joinPerMinute ?? 30,
      windowSeconds: 60,
      keyOf: (c) => clientAddress(c, deps.trustProxy ?? 0),
      counters: deps.rateCounters,
      ...(deps.metrics ? { onLimited: (name) => deps.metrics?.rateLimited(name) } : {}),
    }),
  );
  app.post('/api/join', async (c) => {
    const { token } = await readBody(c, joinRequestSchema);
    const auth = await deps.authenticator.authenticateMember(token);
    if (!auth.ok) throw unauthorized(auth.failure);
    const me = await meOf(auth.principal);
    const maxAge = Math.max(0, Math.floor((Date.parse(auth.principal.invitation.expiresAt) - now()) / 1000));
    setCookie(c, tokenCookieName(me.consultation.id), token, {
      httpOnly: true,
      // Strict: no other site can make the browser use it, for the API or for a websocket.
      sameSite: 'Strict',
      path: '/',
      maxAge,
      secure: deps.publicUrl.startsWith('https:'),
    });
    // The single cookie of earlier versions would shadow nothing but confuse `GET /api/me`: drop it.
    if (tokenCookieNames(c).includes(TOKEN_COOKIE)) deleteCookie(c, TOKEN_COOKIE, { path: '/' });
    deps.logger.info('invitation.joined', {
      consultation: me.consultation.id,
      invitationId: auth.principal.invitation.id,
    });
    return c.json(me satisfies Me);
  });

  app.post('/api/logout', async (c) => {
    // A body is optional: without one, every invitation cookie goes.
    const text = await c.req.text();
    const { consultationId }: LogoutRequest =
      text.trim() === '' ? {} : parseInput(logoutRequestSchema, parseJson(text));
    const names = consultationId === undefined ? tokenCookieNames(c) : [tokenCookieName(consultationId), TOKEN_COOKIE];
    for (const name of names) deleteCookie(c, name, { path: '/', secure: deps.publicUrl.startsWith('https:') });
    deps.logger.info('invitation.logged-out', { consultation: consultationId ?? 'all', cookies: names.length });
    return c.json({ ok: true as const });
  });

  app.patch('/api/me', async (c) => {
    const principal = await deps.guard.principal(c);
    if (principal.kind !== 'member')
      throw new ApiError(403, 'forbidden', 'Only an invited person has a name to change');
    await deps.limitPosts(c, principal.invitation.id);
    const { name } = await readBody(c, renameRequestSchema);
    const problem = personNameProblem(name);
    if (problem !== undefined) throw new ApiError(400, 'bad_request', `name: ${problem}`);
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'bad_request', 'The body must be JSON');
  }
}
