import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { accessTo, api, invite, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, whenSynced } from '../helpers/providers.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';

let server: ServerProcess;

beforeAll(async () => {
  // What `pnpm start` runs: the server compiled by scripts/build-server.mjs (the project's global setup), without tsx.
  server = await startServer({ args: ['server/dist/main.js'], env: { ...TEST_AUTH_ENV } });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('the compiled server (pnpm start)', () => {
  it('seeds the demo draft with the headless editor (imported on demand) and serves it to a y-websocket client', async () => {
    const member = await invite(accessTo(server), 'demo', { role: 'participant' });
    const peer = connectPeer(server.wsUrl, 'demo:draft', { params: { token: member.token } });
    try {
      await whenSynced(peer, 20_000);
      expect(peer.doc.get('root', Y.XmlText).toString()).toContain('Veloria');
    } finally {
      peer.destroy();
    }
  });

  it('writes the Word and Excel exports (docx and ExcelJS imported on demand)', async () => {
    for (const file of ['profile.docx', 'comments.xlsx']) {
      const res = await fetch(`${server.url}/api/consultations/demo/export/${file}`, {
        headers: { authorization: `Bearer ${TEST_AUTH_ENV.ADMIN_TOKEN}` },
      });
      expect(res.status, file).toBe(200);
      // Both are zip archives.
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 2)], file).toEqual([0x50, 0x4b]);
    }
  });

  it('maps errors to the JSON error shape', async () => {
    const res = await api(server, '/api/consultations/demo/export/profile.docx');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toEqual(expect.any(String));
  });
});
