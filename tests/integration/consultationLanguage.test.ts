import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consultationSummarySchema, demoConsultation } from '@roundtable/profile';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedMarkdown } from '../../packages/import/test/exportedProfile.ts';
import { silentLogger } from '../../server/src/log.ts';
import type { Backend } from '../../server/src/storage/Backend.ts';
import { createEmbeddedBackend } from '../../server/src/storage/createEmbeddedBackend.ts';
import { createRedisBackend } from '../../server/src/storage/redis/createRedisBackend.ts';
import { say } from '../e2e/catalogue.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, type Invited, invite } from '../helpers/members.ts';
import { type RedisProcess, startRedis } from '../helpers/redisServer.ts';

/*
 * The consultation's `language` (the language of its exports and minutes):
 * `en` unless given at creation or import, changed with
 * `PATCH /api/consultations/:id` by its facilitators and the operator only,
 * validated at the edge, and kept by the SQLite and Redis stores.
 */

let server: InProcessServer;
let facilitator: Invited;
let participant: Invited;
let otherFacilitator: Invited;

const patch = (id: string, body: unknown, token: string) =>
  api(server, `/api/consultations/${id}`, { method: 'PATCH', token, body });
const languageOf = async (id: string): Promise<string> =>
  consultationSummarySchema.parse((await api(server, `/api/consultations/${id}`, { token: server.adminToken })).body)
    .language;

beforeAll(async () => {
  server = await startInProcessServer();
  await createConsultation(server, { id: 'lang', seed: 'demo' });
  await createConsultation(server, { id: 'other', seed: 'demo' });
  facilitator = await invite(server, 'lang', { role: 'facilitator', name: 'Aysel Hüseynova' });
  participant = await invite(server, 'lang', { role: 'participant', name: 'Юлия Ёлкина' });
  otherFacilitator = await invite(server, 'other', { role: 'facilitator', name: 'Other Facilitator' });
});
afterAll(async () => {
  await server?.close();
});

describe('the language at creation', () => {
  it('is English when none is given, and the one given otherwise', async () => {
    expect(await languageOf('lang')).toBe('en');
    const created = await api(server, '/api/consultations', {
      method: 'POST',
      token: server.adminToken,
      body: { id: 'baki', seed: 'demo', language: 'az' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.language).toBe('az');
    expect(await languageOf('baki')).toBe('az');
    const list = await api(server, '/api/consultations', { token: server.adminToken });
    expect(list.body.consultations.find((c: { id: string }) => c.id === 'baki').language).toBe('az');
  });

  it('refuses a language Roundtable does not speak, naming the field', async () => {
    const res = await api(server, '/api/consultations', {
      method: 'POST',
      token: server.adminToken,
      body: { id: 'paris', seed: 'demo', language: 'fr' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('language');
    expect((await api(server, '/api/consultations/paris', { token: server.adminToken })).status).toBe(404);
  });
});

describe('PATCH /api/consultations/:id', () => {
  it('lets a facilitator of the consultation change it, and answers the summary', async () => {
    const res = await patch('lang', { language: 'ru' }, facilitator.token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(consultationSummarySchema.parse(res.body)).toMatchObject({ id: 'lang', language: 'ru' });
    expect(await languageOf('lang')).toBe('ru');
    const me = await api(server, '/api/me', { token: participant.token });
    expect(me.body.consultation.language).toBe('ru');
  });

  it('writes the minutes, Markdown and Word, in the language it names', async () => {
    const minutes = async () => {
      const res = await fetch(`${server.url}/api/consultations/lang/minutes`, {
        headers: { authorization: `Bearer ${facilitator.token}` },
      });
      expect(res.status).toBe(200);
      languages.push(res.headers.get('content-language'));
      return res.text();
    };
    // The minutes name their language, for the client to mark them with it (lang) whatever the reader's.
    const languages: (string | null)[] = [];
    expect(await minutes()).toMatch(/^# Проект протокола: /m);
    expect((await patch('lang', { language: 'az' }, facilitator.token)).status).toBe(200);
    expect(await minutes()).not.toMatch(/Проект протокола/);
    expect(languages).toEqual(['ru', 'az']);
    const docx = await fetch(`${server.url}/api/consultations/lang/minutes.docx`, {
      headers: { authorization: `Bearer ${facilitator.token}` },
    });
    expect(docx.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(text).toContain(say('az', 'minutes.title', { title: demoConsultation.title }).replace(/^#\s*/, ''));
    expect((await patch('lang', { language: 'ru' }, facilitator.token)).status).toBe(200);
  });

  it('lets the operator change it', async () => {
    expect((await patch('lang', { language: 'az' }, server.adminToken)).status).toBe(200);
    expect(await languageOf('lang')).toBe('az');
  });

  it('refuses participants, facilitators of another consultation and anyone without a token', async () => {
    const before = await languageOf('lang');
    expect((await patch('lang', { language: 'en' }, participant.token)).status).toBe(403);
    expect((await patch('lang', { language: 'en' }, otherFacilitator.token)).status).toBe(403);
    const anonymous = await api(server, '/api/consultations/lang', { method: 'PATCH', body: { language: 'en' } });
    expect(anonymous.status).toBe(401);
    expect(await languageOf('lang')).toBe(before);
  });

  it.each([
    ['an unknown language', { language: 'fr' }, 'language'],
    ['a language in the wrong case', { language: 'AZ' }, 'language'],
    ['a full locale', { language: 'az-Latn-AZ' }, 'language'],
    ['markup', { language: '<script>alert(1)</script>' }, 'language'],
    ['a list', { language: ['az'] }, 'language'],
    ['a number', { language: 7 }, 'language'],
    ['null', { language: null }, 'language'],
    ['an unknown setting', { language: 'ru', title: 'Renamed' }, 'title'],
    ['no setting at all', {}, 'setting'],
  ])('answers 400 for %s and changes nothing', async (_, body, named) => {
    const before = await languageOf('lang');
    const res = await patch('lang', body, facilitator.token);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toContain(named);
    expect(await languageOf('lang')).toBe(before);
  });

  it('answers 400 for a body that is not JSON, and 404 for a consultation that does not exist', async () => {
    const raw = await api(server, '/api/consultations/lang', {
      method: 'PATCH',
      token: facilitator.token,
      rawBody: 'language=ru',
    });
    expect(raw.status).toBe(400);
    expect((await patch('nowhere', { language: 'ru' }, server.adminToken)).status).toBe(404);
  });
});

describe('the language of an import', () => {
  const upload = async (fields: Record<string, string>) => {
    const form = new FormData();
    form.set('file', new Blob([exportedMarkdown(demoConsultation)]), 'profile.md');
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    const response = await fetch(`${server.url}/api/consultations/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}` },
      body: form,
    });
    // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
    return { status: response.status, body: (await response.json()) as any };
  };

  it('is English unless the form names one', async () => {
    const plain = await upload({});
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    expect(plain.body.language).toBe('en');
    const russian = await upload({ language: 'ru' });
    expect(russian.status, JSON.stringify(russian.body)).toBe(201);
    expect(russian.body.language).toBe('ru');
    expect(await languageOf(russian.body.id)).toBe('ru');
  });

  it('refuses an unknown language and creates nothing', async () => {
    const count = async () =>
      (await api(server, '/api/consultations', { token: server.adminToken })).body.consultations.length;
    const before = await count();
    const res = await upload({ language: 'tr' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('language');
    expect(await count()).toBe(before);
  });
});

describe('the language in storage', () => {
  let redis: RedisProcess | undefined;
  afterAll(async () => {
    await redis?.destroy();
  });

  const keepsAcrossRestart = async (open: () => Promise<Backend>) => {
    const auth = { secret: 'language-test-secret-0123456789', adminToken: 'language-test-admin-0123456789' };
    const first = await startInProcessServer({ backend: await open(), auth });
    const access = { url: first.url, adminToken: auth.adminToken };
    await createConsultation(access, { id: 'kept', seed: 'demo' });
    const changed = await api(first, '/api/consultations/kept', {
      method: 'PATCH',
      token: auth.adminToken,
      body: { language: 'az' },
    });
    expect(changed.status).toBe(200);
    await first.close();
    await first.backend.close();
    const second = await startInProcessServer({ backend: await open(), auth });
    try {
      const res = await api(second, '/api/consultations/kept', { token: auth.adminToken });
      expect(res.body.language).toBe('az');
    } finally {
      await second.close();
      await second.backend.close();
    }
  };

  it('is kept by the embedded (SQLite) store across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-language-'));
    await keepsAcrossRestart(async () => createEmbeddedBackend(dir));
  });

  it('is kept by the Redis store across a restart', async () => {
    const started = await startRedis();
    redis = started;
    await keepsAcrossRestart(() => createRedisBackend({ url: started.url, prefix: 'lang', logger: silentLogger }));
  });
});
