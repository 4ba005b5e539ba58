/** An error answered by the API (`{ error: { code, message } }`) or a failed request. */
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

/** The `{ error: { code, message } }` of an API answer, with a sensible fallback for anything else. */
export function apiErrorOf(status: number, body: unknown): ApiRequestError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : status === 0 ? 'network' : `http_${status}`;
  const message =
    typeof error?.message === 'string' && error.message !== ''
      ? error.message
      : status === 0
        ? 'The server could not be reached. Check your connection and try again.'
        : `The server answered ${status}.`;
  return new ApiRequestError(status, code, message);
}

/**
 * A JSON request to the Roundtable API with the session cookie. Resolves to
 * the parsed body; rejects with {@link ApiRequestError}.
 */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
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
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!response.ok) throw apiErrorOf(response.status, parsed);
  return parsed as T;
}

/** `/api/consultations/<id>` + `rest`, with the id escaped. */
export function consultationPath(consultationId: string, rest = ''): string {
  return `/api/consultations/${encodeURIComponent(consultationId)}${rest}`;
}
