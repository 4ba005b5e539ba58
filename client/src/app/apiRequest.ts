import { apiErrorSchema } from '@roundtable/profile';
import type { z } from 'zod';

/**
 * An error answered by the API (`{ error: { code, message } }`), a failed
 * request, or an answer not understood. `code` is what the page translates;
 * `message` is the server's English detail (may be empty).
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The code of an answer that does not have the shape the API promises. */
export const BAD_RESPONSE = 'bad_response';

/** The code of a request that got no answer (no network, server down). */
export const NETWORK = 'network';

/**
 * The `{ error: { code, message } }` of an API answer (`apiErrorSchema`);
 * anything else gets the code `http_<status>` (or {@link NETWORK}). People
 * are told what the code means in their language (`apiErrorKey`); the
 * server's English message is only a detail.
 */
export function apiErrorOf(status: number, body: unknown): ApiRequestError {
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiRequestError(status, parsed.data.error.code, parsed.data.error.message);
  const code = status === 0 ? NETWORK : `http_${status}`;
  // No words from the server: the message (for logs) is the code itself, never blank.
  return new ApiRequestError(status, code, code);
}

/**
 * `body` read with `schema`, the schema the server answers with (from
 * @roundtable/profile); an answer of another shape is an {@link ApiRequestError}
 * with code {@link BAD_RESPONSE}, for the page to show like any other error.
 */
export function parseResponse<S extends z.ZodType>(schema: S, status: number, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues[0]?.path.join('.') || 'the answer';
  return badResponse(status, where);
}

function badResponse(status: number, where: string): never {
  throw new ApiRequestError(status, BAD_RESPONSE, `unexpected answer at ${where}`);
}

/**
 * A JSON request to the Roundtable API with the session cookie. Resolves to
 * the answer parsed with `schema`; rejects with {@link ApiRequestError} (an
 * error answer, no answer, or an answer `schema` refuses), or with the abort
 * error when `signal` aborts.
 *
 * @example
 * const { threads } = await apiRequest(threadListSchema, 'GET', consultationPath('demo', '/threads'));
 */
export async function apiRequest<S extends z.ZodType>(
  schema: S,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw apiErrorOf(0, null);
  }
  const text = await response.text();
  let parsed: unknown = null;
  let isJson = true;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    isJson = false;
  }
  if (!response.ok) throw apiErrorOf(response.status, parsed);
  if (!isJson) badResponse(response.status, 'not JSON');
  return parseResponse(schema, response.status, parsed);
}

/** `/api/consultations/<id>` + `rest`, with the id escaped. */
export function consultationPath(consultationId: string, rest = ''): string {
  return `/api/consultations/${encodeURIComponent(consultationId)}${rest}`;
}
