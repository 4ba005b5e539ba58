import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from '@roundtable/import';
import { MeetingRuleError, type MeetingRuleErrorCode } from '@roundtable/meeting';
import { type ApiErrorBody, ThreadRuleError, type ThreadRuleErrorCode } from '@roundtable/profile';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from './http/ApiError.ts';
import { createOriginCheck, type OriginPolicyOptions } from './http/originPolicy.ts';
import { createSecurityHeaders } from './http/securityHeaders.ts';
import { createStaticClient } from './http/staticClient.ts';
import type { Logger } from './log.ts';
import { UpdateRefusedError } from './sync/UpdateCheck.ts';

/** API bodies are small JSON documents; anything larger is refused before it is read. */
const MAX_BODY_BYTES = 256 * 1024;

export interface AppDeps {
  logger: Logger;
  /** Folder of the built client; when missing, `/` explains how to build it. */
  clientDist: string;
  /** Routes mounted first: the websocket endpoint and each feature's JSON API. */
  routes: Hono[];
  isReady: () => boolean | Promise<boolean>;
  /** Paths (exact) whose routes set a body limit of their own (uploads), instead of {@link MAX_BODY_BYTES}. */
  ownBodyLimits?: readonly string[];
  /** Which origins may use the browser's cookies (CSRF); same-origin and PUBLIC_URL. */
  originPolicy: OriginPolicyOptions;
}

/** The HTTP surface. Errors are mapped to `{ error: { code, message } }` here and only here. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ThreadRuleError || error instanceof MeetingRuleError) {
      // The rules of the comment process and of the meeting, as HTTP.
      const status = RULE_STATUS[error.code];
      return c.json(errorBody(error.code.replace('-', '_'), error.message), status);
    }
    if (error instanceof ImportError) {
      // An imported file that does not fit: what was not understood and where.
      return c.json(errorBody(error.code, error.message), IMPORT_STATUS[error.code]);
    }
    if (error instanceof UpdateRefusedError) {
      // A server change on someone's behalf that the draft's write policy refused (a lock, a closed draft).
      return c.json(errorBody(error.rule === 'locked' ? 'locked' : 'conflict', error.reason), 409);
    }
    if (error instanceof HTTPException) {
      const code = error instanceof ApiError ? error.code : codeFor(error.status);
      return c.json(errorBody(code, error.message), error.status);
    }
    deps.logger.error('http.unhandled', { path: c.req.path, error });
    return c.json(errorBody('internal', 'Internal server error'), 500);
  });

  app.use('*', createSecurityHeaders());
  app.use('/api/*', createOriginCheck(deps.originPolicy));
  const jsonBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `Bodies are limited to ${MAX_BODY_BYTES} bytes`);
    },
  });
  const ownBodyLimits = new Set(deps.ownBodyLimits ?? []);
  app.use('/api/*', (c, next) => (ownBodyLimits.has(c.req.path) ? next() : jsonBodyLimit(c, next)));
  for (const routes of deps.routes) app.route('/', routes);

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    const ready = await deps.isReady();
    return c.json({ ready }, ready ? 200 : 503);
  });

  // Before the client's catch-all, which would otherwise answer unknown API paths with the app's HTML.
  app.all('/api/*', () => {
    throw new ApiError(404, 'not_found', 'No such endpoint');
  });
  app.notFound((c) => c.text('Not found', 404));

  const indexPath = join(deps.clientDist, 'index.html');
  if (existsSync(deps.clientDist)) {
    // Compressed copies, immutable hashed bundles; client-side routes get index.html.
    app.get('*', createStaticClient(deps.clientDist));
    app.get('*', createStaticClient(deps.clientDist, 'index.html'));
  }
  app.get('*', (c) => {
    if (!existsSync(indexPath)) {
      return c.text('The client is not built yet: run `pnpm build` (pnpm start does it for you).', 503);
    }
    return c.html(readFileSync(indexPath, 'utf8'));
  });

  return app;
}

const RULE_STATUS = {
  forbidden: 403,
  'not-found': 404,
  invalid: 400,
  conflict: 409,
  locked: 409,
} as const satisfies Record<ThreadRuleErrorCode | MeetingRuleErrorCode, number>;

/** The one error shape of the API (`apiErrorSchema` in @roundtable/profile). */
function errorBody(code: string, message: string): ApiErrorBody {
  return { error: { code, message } };
}

const IMPORT_STATUS = {
  not_docx: 415,
  not_markdown: 415,
  too_large: 413,
  not_understood: 422,
} as const satisfies Record<ImportError['code'], number>;

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
