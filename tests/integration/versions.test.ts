import { ANSWERS, versionComparisonSchema, versionContentSchema, versionListSchema } from '@roundtable/profile';
import { readDraftContent } from '@roundtable/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { indicatorField, setIndicatorField, textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { api } from '../helpers/members.ts';
import { another, PolicyFixture } from '../helpers/policyFixture.ts';
import { waitFor, whenSynced } from '../helpers/providers.ts';

/*
 * Named versions over HTTP on a live server: who may save, list, open,
 * compare and restore; a comparison on known edits; a restore that reaches a
 * real y-websocket client live, through the write policy.
 */

let f: PolicyFixture;
beforeAll(async () => {
  f = await PolicyFixture.start('versions');
});
afterAll(async () => {
  await f?.close();
});

type Who = 'facilitator' | 'participant' | 'commenter' | 'observer' | 'admin' | 'nobody';
const call = (who: Who, method: string, path: string, body?: unknown) =>
  api(f.server, `/api/consultations/${f.consultationId}${path}`, {
    method,
    ...(who === 'nobody' ? {} : { token: who === 'admin' ? f.server.adminToken : f.members[who].token }),
    ...(body === undefined ? {} : { body }),
  });
const save = async (name: string): Promise<string> => {
  const res = await call('facilitator', 'POST', '/versions', { name });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
};
const finding = (doc: Y.Doc | undefined, indicatorId: string) => textAt(doc, { indicatorId });

describe('named versions: who may do what', () => {
  it('lets facilitators save and restore, every member and the operator list, open and compare, and nobody else', async () => {
    const res = await call('facilitator', 'POST', '/versions', { name: 'Draft shared with government' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Draft shared with government',
      savedBy: { personId: f.members.facilitator.id, name: 'Policy facilitator' },
      status: 'in-consultation',
    });
    const id = res.body.id as string;
    for (const who of ['participant', 'commenter', 'observer', 'admin'] as const) {
      expect((await call(who, 'POST', '/versions', { name: 'Mine' })).status, who).toBe(403);
      expect((await call(who, 'POST', `/versions/${id}/restore`, {})).status, who).toBe(403);
    }
    for (const who of ['participant', 'commenter', 'observer', 'admin', 'facilitator'] as const) {
      const list = await call(who, 'GET', '/versions');
      expect(list.status, who).toBe(200);
      expect(versionListSchema.parse(list.body).versions.map((v) => v.id)).toContain(id);
      const opened = await call(who, 'GET', `/versions/${id}`);
      expect(opened.status, who).toBe(200);
      expect(versionContentSchema.parse(opened.body).content.indicators.length).toBeGreaterThan(90);
      expect((await call(who, 'GET', `/versions/compare?from=${id}&to=current`)).status, who).toBe(200);
    }
    expect((await call('nobody', 'GET', '/versions')).status).toBe(401);
    const names = (await call('observer', 'GET', '/versions')).body.versions.map((v: { name: string }) => v.name);
    expect(names).not.toContain('Mine');
  });

  it('answers bad requests with a JSON error and saves nothing', async () => {
    const before = (await call('observer', 'GET', '/versions')).body.versions.length;
    const empty = await call('facilitator', 'POST', '/versions', { name: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('bad_request');
    expect((await call('facilitator', 'POST', '/versions', { name: 'x', extra: 1 })).status).toBe(400);
    expect((await call('observer', 'GET', '/versions/v-nope')).body).toEqual({
      error: { code: 'not_found', message: 'No version v-nope in this consultation' },
    });
    expect((await call('observer', 'GET', '/versions/compare?from=current')).status).toBe(400);
    expect((await call('observer', 'GET', '/versions')).body.versions.length).toBe(before);
  });
});

describe('comparing versions', () => {
  it('shows a known edit as a word diff, a changed field and an added comment, with who wrote the text', async () => {
    const a = await save('Before the meeting');
    const marker = f.unique('Amended');
    typeInDraft(f.participantPeer.doc, `${marker} `, 0, { indicatorId: '2.4' });
    const answer = another(ANSWERS, indicatorField(f.roomDoc(), '1.2', '__answer'));
    const previousAnswer = indicatorField(f.roomDoc(), '1.2', '__answer');
    setIndicatorField(f.facilitatorPeer.doc, '1.2', '__answer', answer);
    const thread = await call('commenter', 'POST', '/threads', {
      indicatorId: '3.1',
      type: 'question',
      body: 'Is this still current?',
    });
    expect(thread.status, JSON.stringify(thread.body)).toBe(201);
    await waitFor(
      () => finding(f.roomDoc(), '2.4').startsWith(marker) && indicatorField(f.roomDoc(), '1.2', '__answer') === answer,
      'the edits to reach the server',
    );

    const live = versionComparisonSchema.parse(
      (await call('observer', 'GET', `/versions/compare?from=${a}&to=current`)).body,
    );
    expect(live.from).toEqual({ id: a, name: 'Before the meeting' });
    expect(live.to).toEqual({ id: 'current', name: 'Current draft' });
    expect(live.indicators.map((i) => i.indicatorId)).toEqual(['1.2', '2.4', '3.1']);
    const [answerChange, textChange, commentChange] = live.indicators;
    expect(answerChange?.fields).toEqual([{ field: 'answer', from: previousAnswer, to: answer }]);
    expect(answerChange?.finding).toBeNull();
    expect(textChange?.finding?.filter((p) => p.added).map((p) => p.value)).toEqual([`${marker} `]);
    expect(textChange?.finding?.some((p) => p.removed)).toBe(false);
    expect(textChange?.changedBy).toEqual([{ name: 'Policy participant', organisation: expect.any(String) }]);
    expect(commentChange?.comments.added.map((c) => c.body)).toEqual(['Is this still current?']);
    expect(commentChange?.comments.removed).toEqual([]);

    const b = await save('After the meeting');
    const saved = versionComparisonSchema.parse(
      (await call('observer', 'GET', `/versions/compare?from=${a}&to=${b}`)).body,
    );
    expect(saved.indicators.map((i) => i.indicatorId)).toEqual(['1.2', '2.4', '3.1']);
    expect(saved.indicators[1]?.finding).toEqual(textChange?.finding);
    const back = versionComparisonSchema.parse(
      (await call('observer', 'GET', `/versions/compare?from=${b}&to=${a}`)).body,
    );
    expect(back.indicators[1]?.finding?.filter((p) => p.removed).map((p) => p.value)).toEqual([`${marker} `]);
    expect(back.indicators[2]?.comments.removed.map((c) => c.body)).toEqual(['Is this still current?']);
  });
});

describe('restoring from a version', () => {
  it('writes an indicator back as a new change that a y-websocket client receives live, keeping the history', async () => {
    const follower = f.follow(f.members.observer.token);
    await whenSynced(follower);
    const original = finding(f.roomDoc(), '4.2');
    const version = await save('Before 4.2 was rewritten');
    const marker = f.unique('Rewritten');
    typeInDraft(f.participantPeer.doc, `${marker} `, 0, { indicatorId: '4.2' });
    await waitFor(() => finding(follower.doc, '4.2').startsWith(marker), 'the edit to reach the follower');
    const participantClient = f.participantPeer.doc.clientID;

    const res = await call('facilitator', 'POST', `/versions/${version}/restore`, { indicatorId: '4.2' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ restored: { indicators: ['4.2'], sections: [] }, skipped: [], changed: true });
    await waitFor(() => finding(follower.doc, '4.2') === original, 'the restore to reach the follower');
    expect(finding(f.participantPeer.doc, '4.2')).toBe(original);
    // A new change on top of the history, not a replaced document: the participant's edit is still known to it.
    expect(Y.decodeStateVector(Y.encodeStateVector(f.roomDoc() as Y.Doc)).get(participantClient)).toBeGreaterThan(0);
    expect(finding(await f.stored(), '4.2')).toBe(original);

    const again = await call('facilitator', 'POST', `/versions/${version}/restore`, { indicatorId: '4.2' });
    expect(again.body).toEqual({ restored: { indicators: [], sections: [] }, skipped: [], changed: false });
  });

  it('restores the whole draft, sections included, and refuses an indicator locked in the meeting', async () => {
    const version = await save('Whole draft');
    const saved = readDraftContent(f.roomDoc() as Y.Doc);
    const a = f.unique('A');
    const b = f.unique('B');
    typeInDraft(f.participantPeer.doc, `${a} `, 0, { indicatorId: '5.1' });
    typeInDraft(f.participantPeer.doc, `${b} `, 0, 'summary');
    await waitFor(() => textAt(f.roomDoc(), 'summary').startsWith(b), 'the edits to reach the server');

    expect((await call('facilitator', 'PUT', '/indicators/5.1/lock', { locked: true })).status).toBe(200);
    const refused = await call('facilitator', 'POST', `/versions/${version}/restore`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('refused: indicator 5.1 is locked in the meeting');
    expect(finding(f.roomDoc(), '5.1').startsWith(a)).toBe(true);
    expect((await call('facilitator', 'PUT', '/indicators/5.1/lock', { locked: false })).status).toBe(200);

    const res = await call('facilitator', 'POST', `/versions/${version}/restore`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.restored).toEqual({ indicators: ['5.1'], sections: ['summary'] });
    await waitFor(() => textAt(f.witness.doc, 'summary') === textAt(f.roomDoc(), 'summary'), 'the witness');
    expect(readDraftContent(f.roomDoc() as Y.Doc)).toEqual(saved);
    expect(readDraftContent(f.witness.doc)).toEqual(saved);
  });

  it('answers 404 for an indicator the version does not have', async () => {
    const version = await save('Any');
    const res = await call('facilitator', 'POST', `/versions/${version}/restore`, { indicatorId: '9.9' });
    expect(res.body).toEqual({ error: { code: 'not_found', message: `Version ${version} has no indicator 9.9` } });
  });
});
