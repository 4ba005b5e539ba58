import type { Context, MiddlewareHandler } from 'hono';
import { tokenCookieNames } from '../auth/tokenCookie.ts';
import { ApiError } from './ApiError.ts';
import { bearerToken } from './Guard.ts';

export interface OriginPolicyOptions {
  /** PUBLIC_URL: its origin is allowed. */
  publicUrl: string | undefined;
  /** Proxy hops trusted for `X-Forwarded-Host` (TRUST_PROXY); 0 trusts none. */
  trustProxy: number;
}

/**
 * Whether `origin` (an `Origin` header) may act on this server with the
 * browser's cookies: the configured public origin, or the origin of the
 * request itself (same host; behind a trusted proxy, the forwarded host).
 */
export function isAllowedOrigin(c: Context, origin: string, options: OriginPolicyOptions): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // `null` (sandboxed frames, file:) and garbage
  }
  if (options.publicUrl && url.origin === new URL(options.publicUrl).origin) return true;
  const host =
    (options.trustProxy > 0 ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : undefined) ??
    c.req.header('host');
  return host !== undefined && url.host === host && (url.protocol === 'http:' || url.protocol === 'https:');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for the API, on requests that change something and carry no
 * `Authorization` header: one that names an `Origin` must name an allowed
 * one (this stops another site's page from acting with the browser's cookie,
 * or from joining it to the attacker's invitation through `POST /api/join`);
 * one that carries an invitation cookie must name one (browsers always do on
 * such requests). Refused with 403 `forbidden_origin` before any handler
 * runs. Bearer requests are not affected: another site cannot make a
 * browser send them.
 */
export function createOriginCheck(options: OriginPolicyOptions): MiddlewareHandler {
  return async function originCheck(c, next) {
    if (SAFE_METHODS.has(c.req.method) || bearerToken(c) !== undefined) return next();
    const origin = c.req.header('origin');
    if (origin === undefined ? tokenCookieNames(c).length > 0 : !isAllowedOrigin(c, origin, options)) {
      throw new ApiError(
        403,
        'forbidden_origin',
        origin === undefined
          ? 'A request authenticated by cookie must carry an Origin header'
          : `Requests from ${origin.slice(0, 100)} are not allowed`,
      );
    }
    return next();
  };
}
