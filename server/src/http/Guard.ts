import type { Action } from '@roundtable/profile';
import type { Context } from 'hono';
import type { Authenticator, AuthFailure } from '../auth/Authenticator.ts';
import { allows } from '../auth/allows.ts';
import type { Member, Principal } from '../auth/Principal.ts';
import { consultationOfRequest, cookieToken, TOKEN_COOKIE } from '../auth/tokenCookie.ts';
import { ApiError } from './ApiError.ts';

/**
 * Access checks for route handlers: each returns who is asking or throws the
 * right {@link ApiError} (401 without a valid token, 403 when the role or the
 * consultation does not match). Feature routes (threads, meeting, export)
 * call these with their own action.
 *
 * @example
 * const member = await guard.member(c, consultationId, 'comment');
 * thread.author = { invitationId: member.invitation.id, name: member.invitation.name };
 */
export interface Guard {
  /** Anyone with a valid token. */
  principal(c: Context): Promise<Principal>;
  /** The operator only. */
  admin(c: Context): Promise<Principal>;
  /** The operator, or a member of `consultationId` whose role allows `action`. */
  access(c: Context, consultationId: string, action: Action): Promise<Principal>;
  /** A member of `consultationId` whose role allows `action`: for acts that need a person (authorship). */
  member(c: Context, consultationId: string, action: Action): Promise<Member>;
}

/** The token of `Authorization: Bearer <token>`, if the request has one. */
export function bearerToken(c: Context): string | undefined {
  const header = c.req.header('authorization');
  return header ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;
}

/**
 * The token of a request: `Authorization: Bearer` first, then the cookie
 * `POST /api/join` set for the consultation the request is about.
 */
export function requestToken(c: Context): string | undefined {
  return bearerToken(c) ?? cookieToken(c, consultationOfRequest(c));
}

export function unauthorized(failure: AuthFailure): ApiError {
  switch (failure) {
    case 'missing':
      return new ApiError(
        401,
        'unauthorized',
        `A token is required: Authorization: Bearer <token> or the ${TOKEN_COOKIE}_<consultation> cookie`,
      );
    case 'expired':
      return new ApiError(401, 'token_expired', 'This invitation has expired');
    case 'revoked':
      return new ApiError(401, 'token_revoked', 'This invitation was revoked');
    default:
      return new ApiError(401, 'unauthorized', 'This token is not valid');
  }
}

export function createGuard(authenticator: Authenticator): Guard {
  const principal = async (c: Context): Promise<Principal> => {
    const auth = await authenticator.authenticate(requestToken(c));
    if (!auth.ok) throw unauthorized(auth.failure);
    return auth.principal;
  };
  const access = async (c: Context, consultationId: string, action: Action): Promise<Principal> => {
    const p = await principal(c);
    if (!allows(p, consultationId, action)) {
      throw new ApiError(403, 'forbidden', `Your role may not ${action} in this consultation`);
    }
    return p;
  };
  return {
    principal,
    access,
    async admin(c) {
      const p = await principal(c);
      if (p.kind !== 'admin') throw new ApiError(403, 'forbidden', 'Only the operator of the server may do this');
      return p;
    },
    async member(c, consultationId, action) {
      const p = await access(c, consultationId, action);
      if (p.kind !== 'member') throw new ApiError(403, 'forbidden', 'This needs an invitation to the consultation');
      return p;
    },
  };
}
