import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinWithToken, tokenFromHash } from './joinWithToken.ts';

const member = {
  kind: 'member',
  id: 'inv-1',
  name: 'Amina Diallo',
  organisation: { id: 'min-labour', name: 'Ministry of Labour' },
  role: 'participant',
  expiresAt: '2027-11-30T00:00:00.000Z',
  actions: ['read', 'edit', 'comment'],
  consultation: {
    id: 'demo',
    title: 'Demo',
    country: 'Veloria',
    level: 'national',
    round: 1,
    year: 2026,
    status: 'in-consultation',
    languages: ['en'],
    organisations: [],
    createdAt: '2026-11-30T00:00:00.000Z',
    rooms: { draft: 'demo:draft' },
    lifecycle: [],
  },
};

function answer(status: number, body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('tokenFromHash', () => {
  it('reads the token from the fragment, and nothing from an incomplete link', () => {
    expect(tokenFromHash('#token=abc.def')).toBe('abc.def');
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });
});

describe('joinWithToken', () => {
  it('opens the consultation the invitation is for', async () => {
    answer(200, member);
    expect(await joinWithToken('t')).toEqual({ kind: 'joined', consultationId: 'demo' });
  });

  it('says an expired or withdrawn invitation is no longer valid', async () => {
    answer(401, { error: { code: 'unauthorized', message: 'token expired' } });
    expect(await joinWithToken('t')).toMatchObject({ kind: 'failed', title: 'app.join.invalid.title' });
  });

  it('refuses an answer the shared schema does not accept, saying so', async () => {
    answer(200, { ...member, consultation: { id: 'demo' } });
    expect(await joinWithToken('t')).toMatchObject({
      kind: 'failed',
      title: 'app.join.failed.title',
      text: 'errors.api.bad_response',
    });
  });

  it('names any other answer, and a server it could not reach', async () => {
    answer(500, {});
    expect(await joinWithToken('t')).toMatchObject({ kind: 'failed', text: 'app.join.failed.text', status: 500 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await joinWithToken('t')).toMatchObject({ kind: 'failed', title: 'app.join.unreachable.title' });
  });
});
