import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address a request came from. With `trustProxy` hops (TRUST_PROXY),
 * the address the nearest of those proxies saw in `X-Forwarded-For`;
 * otherwise the socket's peer, whatever the headers say (anyone can send
 * `X-Forwarded-For`).
 */
export function clientAddress(c: Context, trustProxy: number): string {
  const peer = safePeer(c);
  if (trustProxy <= 0) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return forwarded[forwarded.length - trustProxy] ?? forwarded[0] ?? peer;
}

function safePeer(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // A request made in memory (`app.request()`), without a socket.
    return 'unknown';
  }
}
