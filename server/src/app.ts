import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ConsultationRegistry } from './consultations/ConsultationRegistry.ts';
import type { Logger } from './log.ts';

export interface AppDeps {
  logger: Logger;
  consultations: ConsultationRegistry;
  /** Folder of the built client; when missing, `/` explains how to build it. */
  clientDist: string;
  /** Extra routes mounted first (the websocket endpoint). */
  routes: Hono[];
  isReady: () => boolean | Promise<boolean>;
}

/** The HTTP surface. Errors are mapped to `{ error: { code, message } }` here and only here. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return c.json({ error: { code: codeFor(error.status), message: error.message } }, error.status);
    }
    deps.logger.error('http.unhandled', { path: c.req.path, error });
    return c.json({ error: { code: 'internal', message: 'Internal server error' } }, 500);
  });

  for (const routes of deps.routes) app.route('/', routes);

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    const ready = await deps.isReady();
    return c.json({ ready }, ready ? 200 : 503);
  });

  app.get('/api/consultations/:id', (c) => {
    const consultation = deps.consultations.get(c.req.param('id'));
    if (!consultation) throw new HTTPException(404, { message: 'No such consultation' });
    return c.json(deps.consultations.summary(consultation));
  });

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      return c.json({ error: { code: 'not_found', message: 'No such endpoint' } }, 404);
    }
    return c.text('Not found', 404);
  });

  const indexPath = join(deps.clientDist, 'index.html');
  if (existsSync(deps.clientDist)) app.get('*', serveStatic({ root: deps.clientDist }));
  app.get('*', (c) => {
    if (!existsSync(indexPath)) {
      return c.text('The client is not built yet: run `pnpm build` (pnpm start does it for you).', 503);
    }
    return c.html(readFileSync(indexPath, 'utf8'));
  });

  return app;
}

function codeFor(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 422:
      return 'invalid';
    default:
      return status >= 500 ? 'internal' : 'error';
  }
}
