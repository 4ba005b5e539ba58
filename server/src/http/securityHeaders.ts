import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every answer (Hono's `secureHeaders`), with a strict
 * Content-Security-Policy the built client runs under: scripts, styles,
 * fonts and connections (the websocket included: CSP 3 `'self'` covers
 * ws/wss to the same host) only from the page's own origin, no inline
 * script or `<style>` (React's `style` props go through CSSOM, which CSP
 * allows), images also from `data:` and `blob:` (the favicon, QR codes), no
 * plugins, no framing, no `<base>`. Also `nosniff`, `Referrer-Policy:
 * no-referrer`, `X-Frame-Options: DENY`, COOP/CORP same-origin.
 * A route that sets a policy of its own (the print page of the profile:
 * nothing but its inline styles) keeps it.
 *
 * Not on websocket upgrades: their answer is a 101 with no document for a
 * policy to govern, and @hono/node-server copies the Context's headers into
 * it, so every join paid for building and writing about 1 KB of headers
 * nobody reads (see the README's Figures for what it cost per connection).
 */
export function createSecurityHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      workerSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
  return async (c, next) => {
    if (c.req.header('upgrade')?.toLowerCase() === 'websocket') return next();
    let own: string | null = null;
    await headers(c, async () => {
      await next();
      own = c.res.headers.get('content-security-policy');
    });
    if (own !== null) c.res.headers.set('content-security-policy', own);
  };
}
