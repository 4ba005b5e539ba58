import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Authenticator } from '../auth/Authenticator.ts';
import { createThreadRoutes } from '../comments/createThreadRoutes.ts';
import { createExportRoutes } from '../export/createExportRoutes.ts';
import { createMeetingRoutes } from '../meeting/createMeetingRoutes.ts';
import type { ApiDeps } from './ApiDeps.ts';
import { ApiError } from './ApiError.ts';
import { createConsultationRoutes } from './createConsultationRoutes.ts';
import { createInvitationRoutes } from './createInvitationRoutes.ts';
import { createJoinRoutes } from './createJoinRoutes.ts';

/** Bodies are small JSON documents; anything larger is refused before it is read. */
const MAX_BODY_BYTES = 256 * 1024;

/** The JSON API under `/api`. Errors are thrown as {@link ApiError} and answered by the app's `onError`. */
export function createApiRoutes(deps: ApiDeps & { authenticator: Authenticator }): Hono {
  const app = new Hono();
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `Bodies are limited to ${MAX_BODY_BYTES} bytes`);
      },
    }),
  );
  app.route('/', createConsultationRoutes(deps));
  app.route('/', createInvitationRoutes(deps));
  app.route('/', createJoinRoutes(deps));
  app.route('/', createThreadRoutes(deps));
  app.route('/', createExportRoutes(deps));
  app.route('/', createMeetingRoutes(deps));
  return app;
}
