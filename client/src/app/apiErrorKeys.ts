import type { T } from '../i18n/useI18n.ts';
import { ApiRequestError, type BAD_RESPONSE, type NETWORK } from './apiRequest.ts';

/**
 * Every error code the API answers (`{ error: { code } }`, mapped in the
 * server's `app.onError`), and the client's own: no answer, an answer not
 * understood. What each means to people is the message `errors.api.<code>`
 * (namespace `errors`).
 */
export const API_ERROR_CODES = [
  'bad_request',
  'invalid',
  'unauthorized',
  'token_expired',
  'token_revoked',
  'forbidden',
  'forbidden_origin',
  'not_found',
  'conflict',
  'locked',
  'payload_too_large',
  'too_large',
  'unsupported_media_type',
  'not_docx',
  'not_markdown',
  'not_understood',
  'rate_limited',
  'internal',
  'error',
  'network' satisfies typeof NETWORK,
  'bad_response' satisfies typeof BAD_RESPONSE,
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The catalogue key of what error `code` means to people. */
const keyOf = (code: ApiErrorCode): string => `errors.api.${code}`;

/** A code the client does not know (a newer server, a proxy's page): the general words, with `{status}`. */
export const UNKNOWN_API_ERROR_KEY = 'errors.api.unknown';

/** The code the server would give an HTTP status (an answer without our error body: a proxy, a gateway). */
const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'invalid',
  429: 'rate_limited',
};

function isKnown(code: string): code is ApiErrorCode {
  return (API_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The catalogue key that tells people what an API error `code` means:
 * its own, the one of its HTTP status for `http_<status>`, else
 * {@link UNKNOWN_API_ERROR_KEY} (whose message takes `{status}`).
 *
 * @example
 * t(apiErrorKey('rate_limited')); // 'Too many requests at once. Wait a moment and try again.'
 */
export function apiErrorKey(code: string): string {
  if (isKnown(code)) return keyOf(code);
  const status = /^http_(\d{3})$/.exec(code)?.[1];
  if (status === undefined) return UNKNOWN_API_ERROR_KEY;
  const byStatus = STATUS_CODES[Number(status)];
  if (byStatus !== undefined) return keyOf(byStatus);
  return Number(status) >= 500 ? keyOf('internal') : UNKNOWN_API_ERROR_KEY;
}

/** True when `error` is the API's answer with the error `code` (e.g. `conflict`, a 409). */
export function isApiError(error: unknown, code: ApiErrorCode): boolean {
  return error instanceof ApiRequestError && error.code === code;
}

/** What to show about a failed request: the translated text of its code, and the server's words as a detail. */
export interface ErrorText {
  text: string;
  /** The server's own (English) message, or null; never the main text. */
  detail: string | null;
}

/**
 * `error` in the person's language: an {@link ApiRequestError} by its code,
 * anything else (a bug, a browser failure) as `fallbackKey`'s words
 * ("Something went wrong. Try again." unless given).
 * `t` is `useT()`'s (or `translate`).
 */
export function errorTextOf(t: T, error: unknown, fallbackKey = 'errors.unexpected'): ErrorText {
  if (!(error instanceof ApiRequestError)) return { text: t(fallbackKey), detail: null };
  // A message that only repeats the code (no words from the server) is no detail.
  const detail = error.message.trim() === '' || error.message === error.code ? null : error.message;
  return { text: t(apiErrorKey(error.code), { status: error.status }), detail };
}

/** {@link errorTextOf} as one line: the text, then the server's detail in brackets when there is one. */
export function errorLineOf(t: T, error: unknown, fallbackKey?: string): string {
  const { text, detail } = errorTextOf(t, error, fallbackKey);
  return detail === null ? text : t('errors.withDetail', { text, detail });
}
