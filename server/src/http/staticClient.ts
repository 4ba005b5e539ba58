import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';

/** Hashed bundles (`/assets/index-<hash>.js`): a new build has new names, so browsers keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all): revalidated on each use, so a new build is picked up at once. */
export const REVALIDATE = 'no-cache';

/**
 * The built client from `root` (`client/dist`), with @hono/node-server's
 * `serveStatic`: the brotli or gzip copy the build wrote next to a file
 * (`x.js.br`, `x.js.gz`) when the request's `Accept-Encoding` allows it
 * (`Content-Encoding` set), `Vary: Accept-Encoding` on every answer,
 * `Cache-Control` {@link IMMUTABLE} under `/assets/` and {@link REVALIDATE}
 * elsewhere. With `path` every request gets that one file (the app's
 * `index.html` for client-side routes). Calls `next()` when there is no such
 * file; serveStatic refuses `..` segments and encoded separators.
 */
export function createStaticClient(root: string, path?: string): MiddlewareHandler {
  return serveStatic({
    root,
    ...(path !== undefined ? { path } : {}),
    precompressed: true,
    onFound: (_file: string, c: Context) => {
      const hashed = path === undefined && c.req.path.startsWith('/assets/');
      c.header('Cache-Control', hashed ? IMMUTABLE : REVALIDATE);
      if (c.res.headers.get('Vary') === null) c.header('Vary', 'Accept-Encoding');
    },
  });
}
