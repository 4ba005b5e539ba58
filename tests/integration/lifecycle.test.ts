import { readLifecycleStatus, writeLifecycleStatus } from '@roundtable/meeting';
import { consultationSummarySchema, meetingRoomOf, versionListSchema } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCrafted } from '../helpers/craftedClient.ts';
import { setIndicatorField, textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { copyOf, sameDocument } from '../helpers/draftState.ts';
import { api } from '../helpers/members.ts';
import { PolicyFixture } from '../helpers/policyFixture.ts';
import { waitFor } from '../helpers/providers.ts';
import { within } from '../helpers/wsOutcome.ts';

/*
 * The consultation's lifecycle on a live server: facilitators move it, the
 * record keeps who and when, and in validated and published the draft's
 * write policy refuses every member's change on the wire.
 */

let f: PolicyFixture;
beforeAll(async () => {
  f = await PolicyFixture.start('lifecycle');
});
afterAll(async () => {
  await f?.close();
});

type Who = 'facilitator' | 'participant' | 'commenter' | 'observer' | 'admin';
const call = (who: Who, method: string, path: string, body?: unknown) =>
  api(f.server, `/api/consultations/${f.consultationId}${path}`, {
    method,
    token: who === 'admin' ? f.server.adminToken : f.members[who].token,
    ...(body === undefined ? {} : { body }),
  });
let beforeValidation = '';
const move = (status: string, who: Who = 'facilitator') => call(who, 'PUT', '/lifecycle', { status });

/** A crafted client of `role` types into finding 1.1; resolves with the close or 'landed'. */
async function typeAs(role: 'facilitator' | 'participant', text: string) {
  const client = await f.crafted(role);
  client.send((doc) => typeInDraft(doc, text, 0, { indicatorId: '1.1' }));
  const outcome = await f.closedOrLanded(client, () => textAt(f.roomDoc(), { indicatorId: '1.1' }).startsWith(text));
  client.raw.ws.close();
  return { outcome, clientId: client.doc.clientID };
}

describe('the lifecycle', () => {
  it('is moved by facilitators only, one step at a time, and recorded with who and when', async () => {
    for (const who of ['participant', 'commenter', 'observer', 'admin'] as const) {
      expect((await move('validated', who)).status, who).toBe(403);
    }
    const jump = await move('published');
    expect(jump.status).toBe(409);
    expect(jump.body.error.message).toBe(
      'a consultation that is in consultation moves to draft or validated, not published',
    );
    expect((await call('facilitator', 'PUT', '/lifecycle', { status: 'finished' })).status).toBe(400);

    // A version the draft then moves away from, to restore later.
    const saved = await call('facilitator', 'POST', '/versions', { name: 'Before validation' });
    expect(saved.status).toBe(201);
    beforeValidation = saved.body.id;
    const edit = `${f.unique('Edited')} `;
    typeInDraft(f.participantPeer.doc, edit, 0, { indicatorId: '1.1' });
    await waitFor(() => textAt(f.roomDoc(), { indicatorId: '1.1' }).startsWith(edit), 'the edit to reach the server');

    const res = await move('validated');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const summary = consultationSummarySchema.parse((await call('observer', 'GET', '')).body);
    expect(summary.status).toBe('validated');
    expect(summary.lifecycle).toEqual([
      {
        from: 'in-consultation',
        to: 'validated',
        by: { personId: f.members.facilitator.id, name: 'Policy facilitator', organisation: expect.any(String) },
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });

  it('makes the draft read-only for everyone once validated: crafted clients are refused with 4422, nothing changes', async () => {
    for (const role of ['participant', 'facilitator'] as const) {
      const before = copyOf(f.roomDoc());
      const refused = await typeAs(role, `${f.unique('Late')} `);
      expect(refused.outcome).toEqual({
        code: CloseCode.UpdateRefused,
        reason: 'refused: the consultation is validated: its draft is read-only',
      });
      await f.expectNothingStored(refused.clientId, before);
    }
    const before = copyOf(f.roomDoc());
    const { closed, clientId } = await f.attack('facilitator', (doc) =>
      setIndicatorField(doc, '1.1', '__answer', 'no'),
    );
    expect(closed.code).toBe(CloseCode.UpdateRefused);
    await f.expectNothingStored(clientId, before);
    // The statuses are part of the draft: the status API refuses too.
    const status = await call('facilitator', 'PUT', '/indicators/1.1/status', { status: 'agreed' });
    expect(status.status).toBe(409);
    expect(status.body.error.message).toBe('the consultation is validated: its draft is read-only');
    // Restoring from a version is a change like any other: refused too.
    const restore = await call('facilitator', 'POST', `/versions/${beforeValidation}/restore`, {});
    expect(restore.status).toBe(409);
    expect(restore.body.error.message).toBe('refused: the consultation is validated: its draft is read-only');
    expect(sameDocument(f.roomDoc(), before)).toBe(true);
  });

  it('cannot be moved by writing the status into the meeting room: a crafted facilitator is refused, the status stays', async () => {
    // The status every page shows live and the draft's policy reads lives in the meeting room.
    const meetingRoom = meetingRoomOf(f.consultationId);
    const meeting = () => {
      const doc = f.server.rooms.get(meetingRoom)?.doc;
      if (doc === undefined) throw new Error('the meeting room is not loaded');
      return doc;
    };
    expect(readLifecycleStatus(meeting())).toBe('validated');
    const before = copyOf(meeting());
    const forger = await connectCrafted(f.server.wsUrl, meetingRoom, f.members.facilitator.token);
    forger.send((doc) => writeLifecycleStatus(doc, 'in-consultation'));
    expect(await within(forger.closed, 5_000, 'the refusal')).toEqual({
      code: CloseCode.Forbidden,
      reason: 'the meeting is written by the server only: use the API',
    });
    expect(sameDocument(meeting(), before)).toBe(true);
    expect(readLifecycleStatus(meeting())).toBe('validated');
    expect((await typeAs('participant', `${f.unique('Forged reopening')} `)).outcome).toMatchObject({
      code: CloseCode.UpdateRefused,
    });
  });

  it('opens the draft again when a validated consultation goes back to consultation', async () => {
    expect((await move('in-consultation')).status).toBe(200);
    const text = `${f.unique('Reopened')} `;
    expect((await typeAs('participant', text)).outcome).toBe('landed');
    await waitFor(() => textAt(f.witness.doc, { indicatorId: '1.1' }).startsWith(text), 'the witness');
  });

  it('saves the version "Published" when published, and a published consultation is final and read-only', async () => {
    expect((await move('validated')).status).toBe(200);
    expect((await move('published')).status).toBe(200);
    const versions = versionListSchema.parse((await call('observer', 'GET', '/versions')).body).versions;
    expect(versions.at(-1)).toMatchObject({ name: 'Published', status: 'published' });
    const final = await move('validated');
    expect(final.status).toBe(409);
    expect(final.body.error.message).toBe('a published consultation is final');
    const refused = await typeAs('facilitator', `${f.unique('After')} `);
    expect(refused.outcome).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: the consultation is published: its draft is read-only',
    });
    const history = consultationSummarySchema.parse((await call('participant', 'GET', '')).body).lifecycle;
    expect(history.map((e) => `${e.from}>${e.to}`)).toEqual([
      'in-consultation>validated',
      'validated>in-consultation',
      'in-consultation>validated',
      'validated>published',
    ]);
  });
});
