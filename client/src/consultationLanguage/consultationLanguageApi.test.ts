import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../app/apiRequest.ts';
import { setConsultationLanguage } from './consultationLanguageApi.ts';

const summary = {
  id: 'baku 2026',
  title: 'Profil',
  country: 'Azərbaycan',
  level: 'national',
  round: 1,
  year: 2026,
  status: 'in-consultation',
  languages: ['az'],
  organisations: [],
  createdAt: '2026-11-30T00:00:00.000Z',
  timeZone: 'Asia/Baku',
  language: 'az',
  rooms: { draft: 'baku 2026:draft' },
  lifecycle: [],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('setConsultationLanguage', () => {
  it('sends PATCH /api/consultations/:id { language } and answers the consultation the server returns', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(summary), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const answer = await setConsultationLanguage('baku 2026', 'az');
    expect(answer.language).toBe('az');
    expect(fetch).toHaveBeenCalledWith(
      '/api/consultations/baku%202026',
      expect.objectContaining({ method: 'PATCH', body: JSON.stringify({ language: 'az' }) }),
    );
  });

  it('rejects with the server’s refusal', async () => {
    const refusal = { error: { code: 'forbidden', message: 'Your role may not run-meeting in this consultation' } };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(refusal), { status: 403 }));
    const error = await setConsultationLanguage('baku 2026', 'ru').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
