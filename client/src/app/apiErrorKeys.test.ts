import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../../tests/helpers/sourceStrings.ts';
import { ENGLISH_CATALOGUE } from '../i18n/catalogues.ts';
import { translate } from '../i18n/useI18n.ts';
import { API_ERROR_CODES, apiErrorKey, errorLineOf, errorTextOf, UNKNOWN_API_ERROR_KEY } from './apiErrorKeys.ts';
import { ApiRequestError, apiErrorOf } from './apiRequest.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Every error code the server can answer, read from its source: `new
 * ApiError(status, 'code', …)`, the codes `app.onError` gives (`errorBody`,
 * `codeFor`), the import errors and the rule errors of threads and meetings
 * (whose `not-found` becomes `not_found`).
 */
function serverErrorCodes(): Set<string> {
  const codes = new Set<string>();
  const add = (text: string, pattern: RegExp): void => {
    for (const match of text.matchAll(pattern)) if (match[1] !== undefined) codes.add(match[1].replace('-', '_'));
  };
  for (const file of sourceFiles(root, ['server/src'])) {
    add(readFileSync(file, 'utf8'), /new ApiError\(\s*\d{3},\s*'([a-z_]+)'/g);
  }
  const app = readFileSync(`${root}server/src/app.ts`, 'utf8');
  add(app, /errorBody\('([a-z_]+)'/g);
  add(app, /return '([a-z_]+)';/g);
  add(app, /^\s+([a-z_]+): 4\d\d,$/gm);
  // The rule errors' and import errors' code unions, e.g. `'forbidden' | 'not-found' | 'invalid' | 'conflict'`.
  const unions = [
    [`${root}packages/profile/src/threads/ThreadRuleError.ts`, /export type \w+ = ([^;]+);/],
    [`${root}packages/meeting/src/MeetingRuleError.ts`, /export type \w+ = ([^;]+);/],
    [`${root}packages/import/src/ImportError.ts`, /readonly code: ([^,]+),/],
  ] as const;
  for (const [file, union] of unions) add(readFileSync(file, 'utf8').match(union)?.[1] ?? '', /'([a-z_-]+)'/g);
  return codes;
}

describe('apiErrorKey', () => {
  it('has words for every error code the server answers', () => {
    const codes = serverErrorCodes();
    for (const expected of ['not_found', 'bad_request', 'forbidden', 'conflict', 'rate_limited', 'token_revoked']) {
      expect(codes).toContain(expected);
    }
    const missing = [...codes].filter((code) => apiErrorKey(code) === UNKNOWN_API_ERROR_KEY);
    expect(missing).toEqual([]);
  });

  it('points every code at a message of the catalogue', () => {
    for (const key of [...API_ERROR_CODES.map(apiErrorKey), UNKNOWN_API_ERROR_KEY]) {
      expect(ENGLISH_CATALOGUE[key], key).toBeTypeOf('string');
    }
  });

  it('reads an answer without our error body by its status, and anything else as unknown', () => {
    expect(apiErrorKey('http_404')).toBe('errors.api.not_found');
    expect(apiErrorKey('http_429')).toBe('errors.api.rate_limited');
    expect(apiErrorKey('http_502')).toBe('errors.api.internal');
    expect(apiErrorKey('http_418')).toBe(UNKNOWN_API_ERROR_KEY);
    expect(apiErrorKey('something_new')).toBe(UNKNOWN_API_ERROR_KEY);
    expect(apiErrorKey('toString')).toBe(UNKNOWN_API_ERROR_KEY);
  });
});

describe('errorTextOf', () => {
  it('shows the code’s words first and keeps the server’s English only as a detail', () => {
    const error = apiErrorOf(429, { error: { code: 'rate_limited', message: 'Too many requests from 1.2.3.4' } });
    expect(errorTextOf(translate, error)).toEqual({
      text: 'Too many requests at once. Wait a moment and try again.',
      detail: 'Too many requests from 1.2.3.4',
    });
    expect(errorLineOf(translate, error)).toBe(
      'Too many requests at once. Wait a moment and try again. Details: Too many requests from 1.2.3.4',
    );
  });

  it('says what an unknown status was, and something general for errors that are not the API’s', () => {
    expect(errorTextOf(translate, new ApiRequestError(418, 'teapot', '')).text).toBe(
      'Something went wrong (the server answered 418). Try again.',
    );
    expect(errorLineOf(translate, new TypeError('x is undefined'))).toBe('Something went wrong. Try again.');
    expect(errorLineOf(translate, apiErrorOf(502, '<html>'))).toBe(
      'The server ran into a problem. Try again in a moment.',
    );
    expect(errorLineOf(translate, apiErrorOf(0, null))).toBe(
      'The server could not be reached. Check your connection and try again.',
    );
  });
});
