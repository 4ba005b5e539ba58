import { CloseCode, encodeUpdate } from '@roundtable/protocol';
import { readThread } from '@roundtable/threads-doc';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { findInDraft as locate, stringRunsOf as runsText } from '../helpers/findInDraft.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { accessTo, api, type Invited, invite, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { connectRaw } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { closedFor, within } from '../helpers/wsOutcome.ts';

let server: InProcessServer;
const people = {} as Record<'amina' | 'boris' | 'fatou' | 'olga' | 'outsider', Invited>;
const peers: Peer[] = [];
const base = '/api/consultations/demo/threads';

beforeAll(async () => {
  server = await startInProcessServer({
    auth: { secret: 'threads-secret-0123456789', adminToken: 'threads-admin-0123456789' },
  });
  people.amina = await invite(server, 'demo', {
    role: 'participant',
    name: 'Amina Diallo',
    organisation: 'min-interior',
  });
  people.boris = await invite(server, 'demo', {
    role: 'commenter',
    name: 'Boris Petrov',
    organisation: 'Migrant Rights Network',
  });
  people.fatou = await invite(server, 'demo', { role: 'facilitator', name: 'Fatou Sow', organisation: 'iom-veloria' });
  people.olga = await invite(server, 'demo', { role: 'observer', name: 'Olga Ivanova' });
  await api(server, '/api/consultations', {
    method: 'POST',
    token: server.adminToken,
    body: { id: 'other', seed: 'empty', title: 'Other', country: 'Testland' },
  });
  people.outsider = await invite(server, 'other', { role: 'facilitator', name: 'Outsider' });
});
afterEach(() => {
  for (const p of peers.splice(0)) p.destroy();
});
afterAll(async () => {
  await server.close();
});

const post = (path: string, token: string, body?: unknown) => api(server, path, { method: 'POST', token, body });
const follow = (room: string, token: string) => {
  const p = connectPeer(server.wsUrl, room, { params: { token } });
  peers.push(p);
  return p;
};
const threadsIn = (doc: Y.Doc) => doc.getMap<Y.Map<string>>('threads');

describe('comment threads over HTTP', () => {
  it('attributes a thread to its author and organisation, from the invitation and never from the body', async () => {
    const res = await post(base, people.amina.token, {
      indicatorId: '2.4',
      type: 'factual-correction',
      body: 'Decree No. 12 dates from 2026.',
    });
    expect(res.status).toBe(201);
    expect(res.body.author).toMatchObject({ name: 'Amina Diallo', role: 'participant', personId: people.amina.id });
    expect(res.body.author.organisation).toMatch(/Interior/);
    expect(res.body.status).toBe('open');
    const forged = await post(base, people.amina.token, {
      indicatorId: '2.4',
      type: 'update',
      body: 'x',
      author: { name: 'The Minister', personId: 'someone-else' },
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('bad_request');
  });

  it('validates bodies: type, indicator, empty text', async () => {
    for (const body of [
      { indicatorId: '2.4', type: 'rant', body: 'x' },
      { indicatorId: '9.9', type: 'update', body: 'x' },
      { indicatorId: '2.99', type: 'update', body: 'x' },
      { indicatorId: '2.4', type: 'update', body: '   ' },
    ]) {
      const res = await post(base, people.amina.token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const raw = await api(server, base, { method: 'POST', token: people.amina.token, rawBody: '{not json' });
    expect(raw.status).toBe(400);
  });

  it('refuses control characters in any text with a 400 naming the character, changing nothing', async () => {
    const thread = (await post(base, people.amina.token, { indicatorId: '4.1', type: 'question', body: 'Which year?' }))
      .body;
    const before = await api(server, `${base}/${thread.id}`, { token: people.fatou.token });
    const comment = `${base}/${thread.id}/comments`;
    const attempts: [string, string, 'POST' | 'PATCH', unknown][] = [
      [base, people.amina.token, 'POST', { indicatorId: '4.1', type: 'question', body: 'Bell\u0007' }],
      [base, people.amina.token, 'POST', { indicatorId: '4.1', type: 'update', body: 'ok', proposedText: '\u0000x' }],
      [comment, people.boris.token, 'POST', { body: 'Escape \u001b[31mred' }],
      [`${comment}/${thread.comments[0].id}`, people.amina.token, 'PATCH', { body: 'Which year?\r\n' }],
      [`${base}/${thread.id}/resolve`, people.fatou.token, 'POST', { outcome: 'noted', response: 'ok\u0085' }],
    ];
    const listed = async () => (await api(server, base, { token: people.fatou.token })).body.threads.length;
    const count = await listed();
    for (const [path, token, method, body] of attempts) {
      const res = await api(server, path, { method, token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
      expect(res.body.error.message).toMatch(
        /contains a control character \(U\+00[0-9A-F]{2}\) at character \d+: only line breaks and tabs are allowed$/,
      );
    }
    expect(await listed()).toBe(count);
    expect((await api(server, `${base}/${thread.id}`, { token: people.fatou.token })).body).toEqual(before.body);
    // Line breaks and tabs are text.
    const reply = await post(comment, people.boris.token, { body: 'First line\n\tindented' });
    expect(reply.status).toBe(201);
    expect(reply.body.comments.at(-1).body).toBe('First line\n\tindented');
  });

  it('refuses observers, strangers and members of other consultations', async () => {
    const body = { indicatorId: '1.1', type: 'question', body: 'Why?' };
    expect((await post(base, people.olga.token, body)).status).toBe(403);
    expect((await post(base, people.outsider.token, body)).status).toBe(403);
    expect((await api(server, base, { method: 'POST', body })).status).toBe(401);
    expect((await api(server, base, { token: people.outsider.token })).status).toBe(403);
  });

  it('lets authors edit and delete only their own comments, keeping history and a trace', async () => {
    const thread = (
      await post(base, people.boris.token, { indicatorId: '1.2', type: 'update', body: 'A new school decree.' })
    ).body;
    const first = thread.comments[0].id;
    const path = `${base}/${thread.id}/comments/${first}`;
    expect(
      (await api(server, path, { method: 'PATCH', token: people.amina.token, body: { body: 'hijack' } })).status,
    ).toBe(403);
    expect(
      (await api(server, path, { method: 'PATCH', token: people.fatou.token, body: { body: 'hijack' } })).status,
    ).toBe(403);
    const edited = await api(server, path, {
      method: 'PATCH',
      token: people.boris.token,
      body: { body: 'Decree No. 5 of 2026.' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.comments[0]).toMatchObject({
      body: 'Decree No. 5 of 2026.',
      history: [{ body: 'A new school decree.' }],
    });
    const reply = await post(`${base}/${thread.id}/comments`, people.amina.token, { body: 'Thanks, noted.' });
    expect(reply.status).toBe(201);
    const replyId = reply.body.comments[1].id;
    const replyPath = `${base}/${thread.id}/comments/${replyId}`;
    const revised = await api(server, replyPath, {
      method: 'PATCH',
      token: people.amina.token,
      body: { body: 'Noted.' },
    });
    expect(revised.body.comments[1]).toMatchObject({ body: 'Noted.', history: [{ body: 'Thanks, noted.' }] });
    expect(
      (await api(server, `${base}/${thread.id}/comments/${replyId}`, { method: 'DELETE', token: people.boris.token }))
        .status,
    ).toBe(403);
    const deleted = await api(server, `${base}/${thread.id}/comments/${replyId}`, {
      method: 'DELETE',
      token: people.amina.token,
    });
    // The trace of an edited-then-deleted comment: who and when, but neither its text nor its revisions.
    expect(deleted.body.comments[1]).toMatchObject({
      id: replyId,
      body: '',
      history: [],
      author: { name: 'Amina Diallo' },
    });
    expect(deleted.body.comments[1].deletedAt).toEqual(expect.any(String));
    expect(JSON.stringify(deleted.body)).not.toMatch(/Thanks, noted|Noted\./);
    // The author's own comment above keeps its history.
    expect(deleted.body.comments[0].history).toMatchObject([{ body: 'A new school decree.' }]);
    expect(
      (await api(server, `${base}/${thread.id}/comments/nope`, { method: 'DELETE', token: people.amina.token })).status,
    ).toBe(404);
  });

  it('lets only facilitators resolve and reopen, with an outcome and a response (required when not accepted)', async () => {
    const thread = (
      await post(base, people.amina.token, { indicatorId: '3.1', type: 'disagreement', body: 'We disagree.' })
    ).body;
    const resolve = `${base}/${thread.id}/resolve`;
    expect((await post(resolve, people.amina.token, { outcome: 'accepted', response: 'ok' })).status).toBe(403);
    expect((await post(resolve, people.fatou.token, { outcome: 'maybe', response: 'ok' })).status).toBe(400);
    const unexplained = await post(resolve, people.fatou.token, { outcome: 'not-accepted', response: '  ' });
    expect(unexplained.status).toBe(400);
    expect(unexplained.body.error.message).toMatch(/not accepted needs a response/);
    expect((await api(server, `${base}/${thread.id}`, { token: people.fatou.token })).body.status).toBe('open');
    const resolved = await post(resolve, people.fatou.token, {
      outcome: 'not-accepted',
      response: 'The interviews confirm the finding.',
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.resolution).toMatchObject({ outcome: 'not-accepted', by: { name: 'Fatou Sow' } });
    expect((await post(resolve, people.fatou.token, { outcome: 'noted', response: '' })).status).toBe(409);
    expect((await post(`${base}/${thread.id}/reopen`, people.boris.token)).status).toBe(403);
    const reopened = await post(`${base}/${thread.id}/reopen`, people.fatou.token);
    expect(reopened.body.status).toBe('open');
  });

  it("keeps a resolved thread's comments as they were decided on: no edit until a facilitator reopens it", async () => {
    const thread = (
      await post(base, people.boris.token, { indicatorId: '1.3', type: 'update', body: 'The 2025 amendment passed.' })
    ).body;
    const path = `${base}/${thread.id}/comments/${thread.comments[0].id}`;
    const edit = (body: string) => api(server, path, { method: 'PATCH', token: people.boris.token, body: { body } });
    await post(`${base}/${thread.id}/resolve`, people.fatou.token, { outcome: 'accepted', response: 'Added.' });
    const refused = await edit('Actually, ignore this: no amendment was adopted.');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/the thread is resolved/);
    const after = (await api(server, `${base}/${thread.id}`, { token: people.boris.token })).body;
    expect(after.comments[0]).toMatchObject({ body: 'The 2025 amendment passed.', history: [] });
    expect(after.resolution).toMatchObject({ outcome: 'accepted' });
    await post(`${base}/${thread.id}/reopen`, people.fatou.token);
    expect((await edit('The 2025 amendment passed in March.')).status).toBe(200);
  });

  it('filters by indicator, domain, organisation, type and status', async () => {
    const t = (
      await post(base, people.boris.token, { indicatorId: '5.3', type: 'missing-source', body: 'Cite the plan.' })
    ).body;
    const get = async (query: string) =>
      ((await api(server, `${base}?${query}`, { token: people.olga.token })).body.threads as { id: string }[]).map(
        (x) => x.id,
      );
    expect(await get('indicator=5.3')).toEqual([t.id]);
    expect(await get('domain=5')).toEqual([t.id]);
    expect(await get('type=missing-source')).toEqual([t.id]);
    expect(await get('organisation=Migrant%20Rights%20Network')).toContain(t.id);
    expect(await get('status=resolved')).not.toContain(t.id);
    expect((await api(server, `${base}?domain=9`, { token: people.olga.token })).status).toBe(400);
  });
});

describe('live threads', () => {
  // How fast they arrive is a figure for the benchmark, not an assertion here.
  it('delivers new threads, replies and resolutions to everyone following', async () => {
    const observer = follow('demo:threads', people.olga.token);
    await whenSynced(observer);
    const thread = (
      await post(base, people.amina.token, { indicatorId: '4.2', type: 'editorial', body: 'Typo in line 2.' })
    ).body;
    await waitFor(() => readThread(observer.doc, thread.id) !== undefined, 'the new thread');
    const reply = await post(`${base}/${thread.id}/comments`, people.boris.token, { body: 'Line 3 too.' });
    expect(reply.status).toBe(201);
    await waitFor(
      () => readThread(observer.doc, thread.id)?.comments.some((c) => c.body === 'Line 3 too.') === true,
      'the reply',
    );
    await post(`${base}/${thread.id}/resolve`, people.fatou.token, { outcome: 'accepted', response: 'Fixed.' });
    await waitFor(() => readThread(observer.doc, thread.id)?.status === 'resolved', 'the resolution');
  });

  it.each([
    ['facilitator', 'fatou'],
    ['participant', 'amina'],
    ['commenter', 'boris'],
    ['observer', 'olga'],
  ] as const)(
    'refuses any client write to the threads room, as a %s too, and leaves it unchanged',
    async (_role, who) => {
      // Kept open by a follower, so the room checked afterwards is the very one that refused.
      await whenSynced(follow('demo:threads', people.olga.token));
      const room = server.rooms.get('demo:threads');
      if (room === undefined) throw new Error('the threads room is not loaded');
      const before = Y.encodeStateAsUpdate(room.doc);
      const forged = new Y.Doc();
      Y.applyUpdate(forged, before);
      const entry = new Y.Map<string>();
      threadsIn(forged).set('forged', entry);
      entry.set('meta', JSON.stringify({ id: 'forged', status: 'resolved', author: { name: 'The Minister' } }));
      const raw = await connectRaw(`${server.wsUrl}/demo:threads?token=${people[who].token}`);
      raw.ws.send(encodeUpdate(Y.encodeStateAsUpdate(forged, Y.encodeStateVector(room.doc))));
      expect(await raw.closed).toEqual({
        code: CloseCode.Forbidden,
        reason: 'comment threads are written by the server only',
      });
      expect(server.rooms.get('demo:threads')).toBe(room);
      expect(threadsIn(room.doc).has('forged')).toBe(false);
      expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
    },
  );

  it('refuses threads written into the draft document: only the server owns threads', async () => {
    const writer = follow('demo:draft', people.amina.token);
    await whenSynced(writer);
    const closed = closedFor(writer);
    const entry = new Y.Map<string>();
    threadsIn(writer.doc).set('sneaky', entry);
    entry.set('meta', JSON.stringify({ id: 'sneaky' }));
    expect(await within(closed, 3_000, 'the refusal')).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: a top-level type “threads” the draft does not have',
    });
    expect(server.rooms.get('demo:draft')?.doc.share.has('threads')).toBe(false);
    const list = await api(server, base, { token: people.amina.token });
    expect((list.body.threads as { id: string }[]).some((t) => t.id === 'sneaky')).toBe(false);
  });
});

describe('accepting proposed wording', () => {
  it('applies the proposal to the anchored text in one step, for everyone', async () => {
    const editor = follow('demo:draft', people.amina.token);
    await whenSynced(editor);
    const needle = 'Law No. 24/2010';
    const located = locate(editor.doc, needle);
    const encode = (i: number, assoc: number) =>
      Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(located.type, i, assoc))).toString(
        'base64',
      );
    const anchor = { start: encode(located.index, 0), end: encode(located.index + needle.length, -1), quote: needle };
    const thread = (
      await post(base, people.amina.token, {
        indicatorId: '2.4',
        type: 'factual-correction',
        body: 'It was amended.',
        proposedText: 'Law No. 24/2010 (as amended in 2025)',
        anchor,
      })
    ).body;
    // Someone types earlier in the paragraph meanwhile: the anchor follows the text.
    typeInDraft(editor.doc, 'Meanwhile: ', 0, { indicatorId: '2.4' });
    await waitFor(
      () => textAt(server.rooms.get('demo:draft')?.doc, { indicatorId: '2.4' }).startsWith('Meanwhile: Law No.'),
      'the edit at the server',
    );
    const res = await post(`${base}/${thread.id}/resolve`, people.fatou.token, {
      outcome: 'accepted',
      response: 'Applied.',
      applyProposal: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.resolution.appliedProposal).toBe(true);
    await waitFor(
      () => runsText(locate(editor.doc, 'Meanwhile: ').type).includes('(as amended in 2025)'),
      'the applied wording',
    );
    const noProposal = (await post(base, people.amina.token, { indicatorId: '2.4', type: 'update', body: 'x' })).body;
    const refused = await post(`${base}/${noProposal.id}/resolve`, people.fatou.token, {
      outcome: 'accepted',
      response: '',
      applyProposal: true,
    });
    expect(refused.status).toBe(400);
  });
});

describe('persistence', () => {
  it('keeps threads across a crash and restart of the server', async () => {
    const first = await startServer({ env: { ...TEST_AUTH_ENV } });
    const access = accessTo(first);
    const amina = await invite(access, 'demo', { role: 'participant', name: 'Amina' });
    const created = await api(first, base, {
      method: 'POST',
      token: amina.token,
      body: { indicatorId: '6.1', type: 'question', body: 'Is this current?' },
    });
    expect(created.status).toBe(201);
    await first.kill();
    const second = await startServer({ dataDir: first.dataDir, env: { ...TEST_AUTH_ENV } });
    try {
      const list = await api(second, base, { token: amina.token });
      expect(
        (list.body.threads as { id: string; comments: { body: string }[] }[]).find((t) => t.id === created.body.id)
          ?.comments[0]?.body,
      ).toBe('Is this current?');
    } finally {
      await second.stop();
    }
  });
});
