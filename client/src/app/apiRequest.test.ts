import { meSchema, threadSchema } from '@roundtable/profile';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, apiErrorOf, apiRequest, BAD_RESPONSE, parseResponse } from './apiRequest.ts';

describe('apiErrorOf', () => {
  it('reads the { error: { code, message } } of the API', () => {
    const error = apiErrorOf(409, { error: { code: 'conflict', message: 'the thread is already resolved' } });
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'the thread is already resolved' });
  });

  it('gives answers that are not the API’s, and unreachable servers, a code to translate', () => {
    expect(apiErrorOf(502, '<html>')).toMatchObject({ code: 'http_502', message: 'http_502' });
    expect(apiErrorOf(0, null).code).toBe('network');
  });
});

describe('parseResponse', () => {
  it('refuses an answer of another shape with an error the page shows, naming where it differs', () => {
    const member = { kind: 'member', id: 'inv-1', name: 'Amina', role: 'participant' };
    const error = catchError(() => parseResponse(meSchema, 200, member));
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 200, code: BAD_RESPONSE });
    expect((error as Error).message).toMatch(/organisation/);
  });

  it('refuses a thread whose role is not one of the vocabulary', () => {
    const author = { personId: 'p', name: 'P', organisation: 'O', organisationId: null, role: 'minister' };
    const thread = {
      id: 't',
      consultationId: 'demo',
      indicatorId: '1.1',
      type: 'question',
      author,
      createdAt: '2026-01-01T00:00:00.000Z',
      status: 'open',
      comments: [],
      events: [],
    };
    expect(() => parseResponse(threadSchema, 201, thread)).toThrow(ApiRequestError);
    expect(parseResponse(threadSchema, 201, { ...thread, author: { ...author, role: 'observer' } }).author.role).toBe(
      'observer',
    );
  });
});

describe('apiRequest', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('rejects, without throwing elsewhere, when the server answers 200 with something else', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"kind":"member"}', { status: 200 }));
    await expect(apiRequest(meSchema, 'GET', '/api/me')).rejects.toMatchObject({ code: BAD_RESPONSE, status: 200 });
    vi.stubGlobal('fetch', async () => new Response('<html>', { status: 200 }));
    await expect(apiRequest(meSchema, 'GET', '/api/me')).rejects.toMatchObject({ code: BAD_RESPONSE });
  });

  it('resolves to the parsed answer, and rejects with the API’s own error', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"kind":"admin"}', { status: 200 }));
    await expect(apiRequest(meSchema, 'GET', '/api/me')).resolves.toEqual({ kind: 'admin' });
    vi.stubGlobal(
      'fetch',
      async () => new Response('{"error":{"code":"unauthorized","message":"A token is required"}}', { status: 401 }),
    );
    await expect(apiRequest(meSchema, 'GET', '/api/me')).rejects.toMatchObject({
      status: 401,
      code: 'unauthorized',
      message: 'A token is required',
    });
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
