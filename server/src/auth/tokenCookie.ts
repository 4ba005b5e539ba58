import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

/**
 * The HttpOnly cookies that keep a browser joined after it opened an
 * invitation link: one per consultation (`roundtable_token_<consultationId>`),
 * so one browser can hold invitations to several consultations at once.
 * `roundtable_token` is the single cookie of earlier versions, still read.
 */
export const TOKEN_COOKIE = 'roundtable_token';

/** The cookie that holds this browser's invitation to `consultationId` (ids are cookie-safe: `[A-Za-z0-9_-]`). */
export function tokenCookieName(consultationId: string): string {
  return `${TOKEN_COOKIE}_${consultationId}`;
}

/**
 * The invitation token the cookies of `c` hold for `consultationId`; with no
 * consultation named, the only one they hold (undefined when several, since
 * the request must then say which).
 */
export function cookieToken(c: Context, consultationId: string | undefined): string | undefined {
  const cookies = getCookie(c);
  if (consultationId !== undefined) return cookies[tokenCookieName(consultationId)] ?? cookies[TOKEN_COOKIE];
  const tokens = Object.entries(cookies).filter(
    ([name]) => name === TOKEN_COOKIE || name.startsWith(`${TOKEN_COOKIE}_`),
  );
  return tokens.length === 1 ? tokens[0]?.[1] : undefined;
}

/** Names of every invitation cookie `c` carries (for logging out of all of them). */
export function tokenCookieNames(c: Context): string[] {
  return Object.keys(getCookie(c)).filter((name) => name === TOKEN_COOKIE || name.startsWith(`${TOKEN_COOKIE}_`));
}

const CONSULTATION_IN_PATH = /^\/(?:api\/consultations\/([^/]+)|collab\/([^/:]+):)/;

/**
 * The consultation a request is about: from its path (`/api/consultations/<id>/...`,
 * `/collab/<id>:<kind>`), else from `?consultation=<id>` (as `GET /api/me` takes it).
 */
export function consultationOfRequest(c: Context): string | undefined {
  const match = CONSULTATION_IN_PATH.exec(c.req.path);
  const fromPath = match?.[1] ?? match?.[2];
  if (fromPath !== undefined) return decodeURIComponent(fromPath);
  return c.req.query('consultation') || undefined;
}
