import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Backend } from '../../server/src/storage/Backend.ts';
import { createEmbeddedBackend } from '../../server/src/storage/createEmbeddedBackend.ts';
import { createMemoryBackend } from '../../server/src/storage/createMemoryBackend.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, type Invited, invite } from '../helpers/members.ts';
import { connectPeer, waitFor, whenSynced } from '../helpers/providers.ts';

const dir = mkdtempSync(join(tmpdir(), 'roundtable-thread-deletion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = '/api/consultations/demo/threads';
const REVISIONS = [
  'Decree No. 5 dates from 2019 (first wording)',
  'Decree No. 5 of 2020 (second)',
  'Decree 5/2021 (third)',
];

describe.each<[string, () => Backend]>([
  ['memory', () => createMemoryBackend()],
  ['embedded SQLite', () => createEmbeddedBackend(mkdtempSync(join(dir, 'sqlite-')))],
])('deleting an edited comment (%s store)', (_name, backend) => {
  let server: InProcessServer;
  let amina: Invited;
  let olga: Invited;

  beforeAll(async () => {
    server = await startInProcessServer({ backend: backend() });
    amina = await invite(server, 'demo', { role: 'participant', name: 'Amina Diallo', organisation: 'min-interior' });
    olga = await invite(server, 'demo', { role: 'observer', name: 'Olga Ivanova' });
  });
  afterAll(async () => {
    await server.close();
    await server.backend.close();
  });

  /** The threads document as a client joining now receives it. */
  async function joinerCopy(): Promise<Uint8Array> {
    const peer = connectPeer(server.wsUrl, 'demo:threads', { params: { token: olga.token } });
    try {
      await whenSynced(peer);
      return Y.encodeStateAsUpdate(peer.doc);
    } finally {
      peer.destroy();
    }
  }
  const stored = async () => (await server.backend.docs.load('demo:threads')).updates;
  const revisionsIn = (bytes: Uint8Array[]) =>
    REVISIONS.filter((text) => bytes.some((b) => Buffer.from(b).includes(Buffer.from(text))));

  it('leaves neither its text nor its revisions with anyone, nor in the store, and keeps the trace', async () => {
    const [first, ...later] = REVISIONS as [string, ...string[]];
    const thread = (
      await api(server, base, {
        method: 'POST',
        token: amina.token,
        body: { indicatorId: '1.2', type: 'update', body: first },
      })
    ).body;
    const comment = `${base}/${thread.id}/comments/${thread.comments[0].id}`;
    for (const body of later) {
      expect((await api(server, comment, { method: 'PATCH', token: amina.token, body: { body } })).status).toBe(200);
    }
    const follower = connectPeer(server.wsUrl, 'demo:threads', { params: { token: olga.token } });
    try {
      await whenSynced(follower);
      // The same paths carry every revision before the deletion.
      expect(revisionsIn([await joinerCopy()])).toEqual(REVISIONS);
      expect(revisionsIn([Y.encodeStateAsUpdate(follower.doc)])).toEqual(REVISIONS);
      expect(revisionsIn(await stored())).toEqual(REVISIONS);
      const listed = await api(server, base, { token: olga.token });
      expect(revisionsIn([Buffer.from(JSON.stringify(listed.body))])).toEqual(REVISIONS);

      const deleted = await api(server, comment, { method: 'DELETE', token: amina.token });
      expect(deleted.status).toBe(200);

      expect(revisionsIn([await joinerCopy()])).toEqual([]);
      await waitFor(
        () =>
          follower.doc
            .getMap<Y.Map<string>>('threads')
            .get(thread.id)
            ?.get(`c:${thread.comments[0].id}`)
            ?.includes('deletedAt') ?? false,
        'the deletion at the follower',
      );
      expect(revisionsIn([Y.encodeStateAsUpdate(follower.doc)])).toEqual([]);
      expect(revisionsIn(await stored())).toEqual([]);
      const after = await api(server, base, { token: olga.token });
      expect(revisionsIn([Buffer.from(JSON.stringify(after.body))])).toEqual([]);
      const trace = (after.body.threads as { id: string; comments: unknown[] }[]).find((t) => t.id === thread.id)
        ?.comments[0];
      expect(trace).toMatchObject({ body: '', history: [], author: { name: 'Amina Diallo' } });
      expect(trace).toHaveProperty('deletedAt', deleted.body.comments[0].deletedAt);
    } finally {
      follower.destroy();
    }
  });
});
