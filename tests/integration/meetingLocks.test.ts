import { ANSWERS } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { SentAs } from '../helpers/craftedClient.ts';
import { indicatorField, setIndicatorField, textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { copyOf, holdsChangesOf, sameDocument } from '../helpers/draftState.ts';
import { anchorOn } from '../helpers/findInDraft.ts';
import { api } from '../helpers/members.ts';
import { another, PolicyFixture } from '../helpers/policyFixture.ts';
import { connectPeer, waitFor, whenSynced } from '../helpers/providers.ts';
import { closedFor, within } from '../helpers/wsOutcome.ts';

/*
 * Locks of the meeting, enforced by the draft's write policy on the wire:
 * what a lock refuses (crafted clients, an offline client coming back, the
 * facilitator's applied wording and status), and the same change accepted
 * on an open indicator or once unlocked.
 */

let f: PolicyFixture;
beforeAll(async () => {
  f = await PolicyFixture.start('locks');
});
afterAll(async () => {
  await f?.close();
});

const call = (method: string, path: string, body?: unknown, token = f.members.facilitator.token) =>
  api(f.server, `/api/consultations/${f.consultationId}${path}`, {
    method,
    token,
    ...(body === undefined ? {} : { body }),
  });
const setLocked = async (path: string, locked: boolean) => {
  const res = await call('PUT', `${path}/lock`, { locked });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const finding = (doc: Y.Doc | undefined, indicatorId: string) => textAt(doc, { indicatorId });

/** A crafted participant types `text` at the start of finding `indicatorId`; resolves with the close, or 'landed'. */
async function typeAs(indicatorId: string, text: string, as: SentAs = 'update') {
  const client = await f.crafted('participant');
  client.send((doc) => typeInDraft(doc, text, 0, { indicatorId }), as);
  const outcome = await f.closedOrLanded(client, () => finding(f.roomDoc(), indicatorId).startsWith(text));
  client.raw.ws.close();
  return { outcome, clientId: client.doc.clientID };
}

describe('a locked indicator', () => {
  it.each(['update', 'step2'] as const)(
    'refuses a crafted client typing into it (sent as %s) with 4422, storing and relaying nothing; an open indicator and the unlocked one take the same edit',
    async (as) => {
      await setLocked('/indicators/1.2', true);
      const before = copyOf(f.roomDoc());
      const forged = f.unique('Forged');
      const refused = await typeAs('1.2', `${forged} `, as);
      expect(refused.outcome).toEqual({
        code: CloseCode.UpdateRefused,
        reason: 'refused: indicator 1.2 is locked in the meeting',
      });
      await f.expectNothingStored(refused.clientId, before);

      const open = f.unique('Open');
      expect((await typeAs('1.3', `${open} `, as)).outcome).toBe('landed');
      await f.expectNothingRelayed(refused.clientId, (doc) => finding(doc, '1.3').startsWith(`${open} `));

      await setLocked('/indicators/1.2', false);
      const unlocked = f.unique('Unlocked');
      expect((await typeAs('1.2', `${unlocked} `, as)).outcome).toBe('landed');
      expect(finding(await f.stored(), '1.2').startsWith(`${unlocked} `)).toBe(true);
    },
  );

  it('refuses a facilitator setting its answer in the document, and takes it once unlocked', async () => {
    await setLocked('/indicators/1.4', true);
    const answer = another(ANSWERS, indicatorField(f.roomDoc(), '1.4', '__answer'));
    const before = copyOf(f.roomDoc());
    const { closed, clientId } = await f.attack('facilitator', (doc) =>
      setIndicatorField(doc, '1.4', '__answer', answer),
    );
    expect(closed).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: indicator 1.4 is locked in the meeting',
    });
    await f.expectNothingStored(clientId, before);
    await setLocked('/indicators/1.4', false);
    setIndicatorField(f.facilitatorPeer.doc, '1.4', '__answer', answer);
    await waitFor(() => indicatorField(f.roomDoc(), '1.4', '__answer') === answer, 'the answer, unlocked');
  });

  it('refuses a status change through the API until it is unlocked', async () => {
    await setLocked('/indicators/1.6', true);
    const status = indicatorField(f.roomDoc(), '1.6', '__status');
    const refused = await call('PUT', '/indicators/1.6/status', {
      status: status === 'contested' ? 'deferred' : 'contested',
    });
    expect([refused.status, refused.body.error]).toEqual([
      409,
      { code: 'locked', message: 'indicator 1.6 is locked in the meeting: unlock it to change its status' },
    ]);
    expect(indicatorField(f.roomDoc(), '1.6', '__status')).toBe(status);
    await setLocked('/indicators/1.6', false);
    const next = status === 'contested' ? 'deferred' : 'contested';
    expect((await call('PUT', '/indicators/1.6/status', { status: next })).status).toBe(200);
    expect(indicatorField(f.roomDoc(), '1.6', '__status')).toBe(next);
  });
});

describe('a locked domain', () => {
  it('refuses an edit to any of its indicators, naming the domain, and takes it once unlocked', async () => {
    await setLocked('/domains/2', true);
    const before = copyOf(f.roomDoc());
    const forged = f.unique('Forged');
    const refused = await typeAs('2.3', `${forged} `);
    expect(refused.outcome).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: domain 2 is locked in the meeting (indicator 2.3)',
    });
    await f.expectNothingStored(refused.clientId, before);
    // Another domain is open meanwhile.
    expect((await typeAs('3.1', `${f.unique('Open')} `)).outcome).toBe('landed');
    await setLocked('/domains/2', false);
    expect((await typeAs('2.3', `${f.unique('Unlocked')} `)).outcome).toBe('landed');
  });
});

describe('an offline client coming back after a lock', () => {
  it('keeps its edit of the open indicator and drops its edit of the locked one, closing with 4422', async () => {
    const peer = connectPeer(f.server.wsUrl, f.room, { params: { token: f.members.participant.token } });
    try {
      await whenSynced(peer);
      peer.provider.disconnect();
      const lockedText = f.unique('Written offline in a locked indicator');
      const openText = f.unique('Written offline in an open indicator');
      typeInDraft(peer.doc, `${lockedText} `, 0, { indicatorId: '1.5' });
      typeInDraft(peer.doc, `${openText} `, 0, { indicatorId: '1.7' });
      await setLocked('/indicators/1.5', true);
      const before = copyOf(f.roomDoc());
      const closed = closedFor(peer);
      peer.provider.connect();
      // Its offline edits arrive as one sync step 2, in answer to the server's sync step 1.
      expect(await within(closed, 5_000, 'the refusal')).toEqual({
        code: CloseCode.UpdateRefused,
        reason: 'refused: indicator 1.5 is locked in the meeting',
      });
      expect(finding(f.roomDoc(), '1.7').startsWith(`${openText} `)).toBe(true);
      expect(finding(f.roomDoc(), '1.5')).toBe(finding(before, '1.5'));
      const stored = await f.stored();
      expect(finding(stored, '1.7').startsWith(`${openText} `)).toBe(true);
      expect(finding(stored, '1.5')).not.toContain(lockedText);
      await waitFor(() => finding(f.witness.doc, '1.7').startsWith(`${openText} `), 'the kept part, relayed');
      expect(finding(f.witness.doc, '1.5')).not.toContain(lockedText);
      expect(holdsChangesOf(f.roomDoc(), peer.doc.clientID)).toBe(true);
    } finally {
      peer.destroy();
      await setLocked('/indicators/1.5', false);
    }
  });
});

describe('a client whose socket held its keystrokes through a lock', () => {
  // Regression: each keystroke is a frame; after a short outage they arrive in a row. The first one, into an
  // indicator locked meanwhile, was refused and every later frame dropped unread, the open indicator's included.
  it('keeps the edits to an open indicator sent after one the lock refuses, and drops what the lock refuses', async () => {
    await setLocked('/indicators/1.8', true);
    try {
      const client = await f.crafted('participant');
      const lockedText = f.unique('Typed into the locked one');
      const first = f.unique('Then the open one');
      const second = f.unique('and more');
      client.send((doc) => typeInDraft(doc, `${lockedText} `, 0, { indicatorId: '1.8' }));
      client.send((doc) => typeInDraft(doc, `${first} `, 0, { indicatorId: '1.9' }));
      client.send((doc) => typeInDraft(doc, `${lockedText} again `, 0, { indicatorId: '1.8' }));
      client.send((doc) => typeInDraft(doc, `${second} `, 0, { indicatorId: '1.9' }));
      expect(await within(client.closed, 5_000, 'the refusal')).toEqual({
        code: CloseCode.UpdateRefused,
        reason: 'refused: indicator 1.8 is locked in the meeting',
      });
      await waitFor(() => finding(f.roomDoc(), '1.9').startsWith(`${second} ${first} `), 'the open indicator’s edits');
      expect(finding(f.roomDoc(), '1.8')).not.toContain(lockedText);
      const stored = await f.stored();
      expect(finding(stored, '1.9').startsWith(`${second} ${first} `)).toBe(true);
      expect(finding(stored, '1.8')).not.toContain(lockedText);
      await waitFor(() => finding(f.witness.doc, '1.9').startsWith(`${second} ${first} `), 'the kept part, relayed');
      expect(finding(f.witness.doc, '1.8')).not.toContain(lockedText);
    } finally {
      await setLocked('/indicators/1.8', false);
    }
  });
});

describe('accepted wording applied into a locked indicator', () => {
  it('is refused with 409, leaving the thread open and the text as it was, and applied once unlocked', async () => {
    const text = finding(f.roomDoc(), '1.8');
    const needle = text.slice(0, 24);
    const opened = await call(
      'POST',
      '/threads',
      {
        indicatorId: '1.8',
        type: 'editorial',
        body: 'Clearer wording.',
        proposedText: 'Reworded in the meeting',
        anchor: anchorOn(f.roomDoc() as Y.Doc, needle),
      },
      f.members.participant.token,
    );
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    await setLocked('/indicators/1.8', true);
    const resolve = () =>
      call('POST', `/threads/${opened.body.id}/resolve`, {
        outcome: 'accepted',
        response: 'Applied.',
        applyProposal: true,
      });
    const refused = await resolve();
    expect([refused.status, refused.body.error]).toEqual([
      409,
      { code: 'locked', message: 'refused: indicator 1.8 is locked in the meeting' },
    ]);
    expect((await call('GET', `/threads/${opened.body.id}`)).body.status).toBe('open');
    expect(finding(f.roomDoc(), '1.8')).toBe(text);
    expect(sameDocument(f.witness.doc, f.roomDoc())).toBe(true);

    await setLocked('/indicators/1.8', false);
    expect((await resolve()).status).toBe(200);
    expect(finding(f.roomDoc(), '1.8')).toBe(`Reworded in the meeting${text.slice(24)}`);
  });
});

describe('locks across a restart', () => {
  it('still refuses edits to an indicator locked before the server restarted, before anyone opens the meeting', async () => {
    await setLocked('/indicators/1.9', true);
    await f.restart();
    expect(f.server.rooms.loadedRooms).toContain(`${f.consultationId}:meeting`);
    const refused = await typeAs('1.9', `${f.unique('After restart')} `);
    expect(refused.outcome).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: indicator 1.9 is locked in the meeting',
    });
    expect((await typeAs('1.10', `${f.unique('Open after restart')} `)).outcome).toBe('landed');
  });
});
