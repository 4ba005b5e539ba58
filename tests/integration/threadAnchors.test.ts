import { findIndicator, indicatorIds } from '@roundtable/draft';
import { createDraftUpdate } from '@roundtable/editor';
import { type Author, openThread, type ThreadAnchor } from '@roundtable/profile';
import { writeThread } from '@roundtable/threads-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraftSeeder } from '../../server/src/consultations/createDraftSeeder.ts';
import { anchorOn, encodePosition, findInDraft } from '../helpers/findInDraft.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { localProfile } from '../helpers/localProfile.ts';
import { api, createConsultation, type Invited, invite } from '../helpers/members.ts';

let server: InProcessServer;
let amina: Invited;
let fatou: Invited;
let localAmina: Invited;
let localFatou: Invited;
const demo = '/api/consultations/demo/threads';
const local = '/api/consultations/estrava/threads';

beforeAll(async () => {
  let seed: ((room: string) => Promise<Uint8Array | null>) | undefined;
  // Estrava is an ordinary (not demo-seeded) consultation whose draft has city-level indicator ids.
  server = await startInProcessServer({
    initialContent: (room) =>
      room === 'estrava:draft' ? createDraftUpdate(localProfile('estrava')) : (seed?.(room) ?? null),
  });
  seed = createDraftSeeder(server.consultations);
  await createConsultation(server, { id: 'estrava', seed: 'empty', title: 'Estrava', country: 'Veloria' });
  amina = await invite(server, 'demo', { role: 'participant', name: 'Amina Diallo', organisation: 'min-interior' });
  fatou = await invite(server, 'demo', { role: 'facilitator', name: 'Fatou Sow', organisation: 'iom-veloria' });
  localAmina = await invite(server, 'estrava', { role: 'participant', name: 'Amina Diallo' });
  localFatou = await invite(server, 'estrava', { role: 'facilitator', name: 'Fatou Sow' });
});
afterAll(async () => {
  await server.close();
});

const post = (path: string, token: string, body?: unknown) => api(server, path, { method: 'POST', token, body });
const inDraft = <T>(consultation: string, read: (doc: Y.Doc) => T): Promise<T> =>
  server.rooms.withRoom(`${consultation}:draft`, (room) => read(room.doc));
const threadsState = () => server.rooms.withRoom('demo:threads', (room) => Y.encodeStateVector(room.doc));
/** Every indicator's content but `except`'s, as text with its attributes and formatting. */
const otherIndicators = (doc: Y.Doc, except: string) =>
  indicatorIds(doc)
    .filter((id) => id !== except)
    .map((id) => findIndicator(doc, id)?.toString());

describe('anchors are read by the server', () => {
  it('refuses an anchor into another indicator than the thread’s, and creates nothing', async () => {
    const into25 = await inDraft('demo', (doc) => anchorOn(doc, 'Law No. 38/2016'));
    const across = await inDraft('demo', (doc) => {
      const from = findInDraft(doc, 'Law No. 24/2010');
      const to = findInDraft(doc, 'Veloria has 34');
      return {
        start: encodePosition(from.type, from.index, 0),
        end: encodePosition(to.type, to.index, -1),
        quote: 'x',
      };
    });
    const before = await threadsState();
    for (const anchor of [into25, across]) {
      const res = await post(demo, amina.token, { indicatorId: '2.4', type: 'editorial', body: 'Reword.', anchor });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.code).toBe('invalid');
      expect(res.body.error.message).toMatch(/not in 2\.4|outside indicator 2\.4/);
    }
    expect(await threadsState()).toEqual(before);
  });

  it('keeps the text the anchor covers in the draft, not the quote the client sent', async () => {
    const anchor = await inDraft('demo', (doc) => anchorOn(doc, 'Law No. 24/2010', 'Law No. 1/1999 (never existed)'));
    const created = await post(demo, amina.token, { indicatorId: '2.4', type: 'update', body: 'Amended.', anchor });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.anchor).toEqual({ ...anchor, quote: 'Law No. 24/2010' });
    const stored = await api(server, `${demo}/${created.body.id}`, { token: amina.token });
    expect(stored.body.anchor.quote).toBe('Law No. 24/2010');
    const matrix = await api(server, '/api/consultations/demo/export/comments.csv', { token: fatou.token });
    expect(matrix.body).toContain('"Law No. 24/2010"');
    expect(matrix.body).not.toContain('never existed');
  });

  it('accepts a comment quoting two paragraphs of one indicator, and refuses to apply wording over them', async () => {
    const anchor = await inDraft('estrava', (doc) => {
      const from = findInDraft(doc, 'in 2022.');
      const to = findInDraft(doc, 'It has four staff');
      return {
        start: encodePosition(from.type, from.index, 0),
        end: encodePosition(to.type, to.index + 'It has four staff'.length, -1),
        quote: 'whatever',
      };
    });
    const created = await post(local, localAmina.token, {
      indicatorId: 'L2.1',
      type: 'editorial',
      body: 'Merge these sentences.',
      proposedText: 'in 2022 with four staff',
      anchor,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.anchor.quote).toBe('in 2022.\nIt has four staff');
    const before = await inDraft('estrava', (doc) => Y.encodeStateVector(doc));
    const applied = await post(`${local}/${created.body.id}/resolve`, localFatou.token, {
      outcome: 'accepted',
      response: 'Merged.',
      applyProposal: true,
    });
    expect(applied.status).toBe(409);
    expect(applied.body.error.message).toMatch(/spans paragraphs/);
    expect(await inDraft('estrava', (doc) => Y.encodeStateVector(doc))).toEqual(before);
  });

  it('refuses an anchor whose text was deleted before the comment arrived; a thread whose text goes later keeps its quote', async () => {
    const keep = await inDraft('estrava', (doc) => anchorOn(doc, 'no committee'));
    const kept = await post(local, localAmina.token, {
      indicatorId: 'L2.2',
      type: 'update',
      body: 'There is one since 2026.',
      proposedText: 'a committee',
      anchor: keep,
    });
    expect(kept.status).toBe(201);
    await server.rooms.withRoom('estrava:draft', (room) =>
      room.applyServerChange((doc) => {
        const { type, index } = findInDraft(doc, 'no committee');
        type.delete(index, 'no committee'.length);
      }),
    );
    const late = await post(local, localAmina.token, { indicatorId: 'L2.2', type: 'update', body: 'x', anchor: keep });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/no longer in the draft/);
    const thread = await api(server, `${local}/${kept.body.id}`, { token: localAmina.token });
    expect(thread.body.anchor.quote).toBe('no committee');
    const applied = await post(`${local}/${kept.body.id}/resolve`, localFatou.token, {
      outcome: 'accepted',
      response: 'Yes.',
      applyProposal: true,
    });
    expect(applied.status).toBe(409);
    expect(applied.body.error.message).toMatch(/no longer exists/);
  });
});

describe('applying proposed wording', () => {
  it('changes the thread’s indicator and leaves every other indicator byte-identical', async () => {
    const anchor = await inDraft('demo', (doc) => anchorOn(doc, 'Estrava opened a municipal'));
    const created = await post(demo, amina.token, {
      indicatorId: '2.4',
      type: 'editorial',
      body: 'Name the office.',
      proposedText: 'The city of Estrava opened a municipal',
      anchor,
    });
    expect(created.status).toBe(201);
    const before = await inDraft('demo', (doc) => otherIndicators(doc, '2.4'));
    const resolved = await post(`${demo}/${created.body.id}/resolve`, fatou.token, {
      outcome: 'accepted',
      response: 'Done.',
      applyProposal: true,
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(await inDraft('demo', (doc) => findIndicator(doc, '2.4')?.toString())).toContain(
      'The city of Estrava opened a municipal',
    );
    expect(await inDraft('demo', (doc) => otherIndicators(doc, '2.4'))).toEqual(before);
  });

  it('refuses with 409, changing nothing, when the anchor is no longer inside the thread’s indicator', async () => {
    // A thread stored before anchors were checked: indicator 2.4, anchored in 2.5's text.
    const anchor: ThreadAnchor = await inDraft('demo', (doc) => anchorOn(doc, 'Law No. 38/2016'));
    const thread = openThread(
      {
        id: 'legacy',
        commentId: 'legacy-c1',
        consultationId: 'demo',
        indicatorId: '2.4',
        type: 'editorial',
        body: 'Old thread.',
        proposedText: 'Law No. 1/2000',
        anchor,
      },
      {
        personId: amina.id,
        name: 'Amina Diallo',
        organisation: 'Ministry',
        organisationId: null,
        role: 'participant',
      } satisfies Author,
      new Date().toISOString(),
    );
    await server.rooms.withRoom('demo:threads', (room) =>
      room.applyServerChange((doc) => writeThread(doc, undefined, thread)),
    );
    const before = await inDraft('demo', (doc) => Y.encodeStateVector(doc));
    const other = await inDraft('demo', (doc) => findInDraft(doc, 'Law No. 38/2016').type.toString());
    const res = await post(`${demo}/legacy/resolve`, fatou.token, {
      outcome: 'accepted',
      response: 'Applied.',
      applyProposal: true,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/no longer in indicator 2\.4/);
    expect(await inDraft('demo', (doc) => Y.encodeStateVector(doc))).toEqual(before);
    expect(await inDraft('demo', (doc) => findInDraft(doc, 'Law No. 38/2016').type.toString())).toBe(other);
    expect((await api(server, `${demo}/legacy`, { token: fatou.token })).body.status).toBe('open');
  });
});

describe('indicator ids', () => {
  it('are checked against the consultation’s own draft, whatever their form', async () => {
    const open = (indicatorId: string) =>
      post(local, localAmina.token, { indicatorId, type: 'question', body: 'Is this current?' });
    const real = await open('L2.1');
    expect(real.status, JSON.stringify(real.body)).toBe(201);
    expect(real.body.indicatorId).toBe('L2.1');
    for (const unknown of ['2.4', 'L9.9']) {
      const res = await open(unknown);
      expect(res.status, unknown).toBe(400);
      expect(res.body.error.message).toContain(`no indicator ${unknown}`);
    }
    const list = await api(server, `${local}?indicator=L2.1`, { token: localAmina.token });
    expect((list.body.threads as { id: string }[]).map((t) => t.id)).toContain(real.body.id);
  });
});
