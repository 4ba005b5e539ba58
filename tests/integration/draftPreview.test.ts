import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { draftRoomOf } from '@roundtable/profile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeInDraft } from '../helpers/draftEdits.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, invite, openRoom } from '../helpers/members.ts';
import { connectPeer, whenSynced } from '../helpers/providers.ts';

const PREVIEW = '/api/consultations/demo/draft/preview';

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer();
});
afterAll(async () => {
  await server.close();
});

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
const allText = (body: any): string => JSON.stringify(body);

describe('GET /api/consultations/:id/draft/preview', () => {
  it('gives an observer the draft as the server holds it: sections, domains and every indicator', async () => {
    const { token } = await invite(server, 'demo', { role: 'observer' });
    const res = await api(server, PREVIEW, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(typeof res.body.title).toBe('string');
    expect(res.body.summary.length).toBeGreaterThan(0);
    const ids = res.body.domains.flatMap((d: { indicators: { id: string }[] }) => d.indicators.map((i) => i.id));
    expect(ids).toContain('1.1');
    expect(ids).toContain('6.1');
  });

  it('shows an edit made over the websocket in the next answer', async () => {
    const { token } = await invite(server, 'demo', { role: 'participant' });
    const writer = connectPeer(`${server.url.replace('http', 'ws')}/collab`, draftRoomOf('demo'), {
      params: { token },
    });
    try {
      await whenSynced(writer);
      const marker = 'previewmarker-4711';
      expect(allText((await api(server, PREVIEW, { token })).body)).not.toContain(marker);
      typeInDraft(writer.doc, `${marker} `);
      let seen = false;
      for (let attempt = 0; attempt < 100 && !seen; attempt++) {
        seen = allText((await api(server, PREVIEW, { token })).body).includes(marker);
        if (!seen) await new Promise((r) => setTimeout(r, 50));
      }
      expect(seen).toBe(true);
    } finally {
      writer.destroy();
    }
  });

  it('is gzip-compressed for a client that accepts it', async () => {
    const { token } = await invite(server, 'demo', { role: 'observer' });
    const url = new URL(server.url);
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: PREVIEW,
          headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(raw.encoding).toBe('gzip');
    const decoded = JSON.parse(gunzipSync(raw.body).toString());
    expect(decoded.domains.length).toBeGreaterThan(0);
    expect(raw.body.byteLength).toBeLessThan(JSON.stringify(decoded).length / 2);
  });

  it('refuses anyone without an invitation with a JSON error', async () => {
    const res = await api(server, PREVIEW);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('refuses a member of another consultation, and tells nothing of the draft', async () => {
    const other = await openRoom(server, 'preview-other', 'facilitator');
    const res = await api(server, PREVIEW, { token: other.token });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(res.body.domains).toBeUndefined();
  });

  it('answers 404 for an unknown consultation to the operator', async () => {
    const res = await api(server, '/api/consultations/no-such-one/draft/preview', { token: server.adminToken });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
