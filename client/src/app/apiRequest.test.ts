import { describe, expect, it } from 'vitest';
import { apiErrorOf } from './apiRequest.ts';

describe('apiErrorOf', () => {
  it('reads the { error: { code, message } } of the API', () => {
    const error = apiErrorOf(409, { error: { code: 'conflict', message: 'the thread is already resolved' } });
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'the thread is already resolved' });
  });

  it('explains answers that are not the API’s, and unreachable servers', () => {
    expect(apiErrorOf(502, '<html>')).toMatchObject({ code: 'http_502', message: 'The server answered 502.' });
    expect(apiErrorOf(0, null).code).toBe('network');
  });
});
