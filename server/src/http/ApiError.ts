import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An HTTP error with a machine-readable code, answered by `app.onError` as
 * `{ error: { code, message } }`. Plain `HTTPException`s get a code derived
 * from their status.
 */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(status, { message });
  }
}
