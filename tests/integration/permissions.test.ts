import { readLocks, writeLock } from '@roundtable/meeting';
import {
  ACTIONS,
  type Action,
  ANSWERS,
  INDICATOR_STATUSES,
  meetingRoomOf,
  ROLES,
  type Role,
  threadsRoomOf,
} from '@roundtable/profile';
import { CloseCode, encodeAwareness, encodeAwarenessUpdate, encodeSyncStep2, encodeUpdate } from '@roundtable/protocol';
import { readThread, threadsMap } from '@roundtable/threads-doc';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { A, type AccessFixture, ADMIN_TOKEN, ROOM_A, startAccessFixture } from '../helpers/accessFixture.ts';
import { connectCrafted, updateOf } from '../helpers/craftedClient.ts';
import { deleteInDraft, indicatorField, setIndicatorField, textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { copyOf, sameDocument } from '../helpers/draftState.ts';
import { api, invite } from '../helpers/members.ts';
import { type Peer, waitFor } from '../helpers/providers.ts';
import {
  answeredOrClosed,
  type Closed,
  closedFor,
  closedWithin,
  syncedOrClosed,
  within,
} from '../helpers/wsOutcome.ts';

// Forged, expired, revoked and cross-consultation tokens: tokens.test.ts.
// What each field of the draft accepts from each role, in detail: draftPolicy.test.ts.

/**
 * The table of issue 4, written out here rather than read from `can()`, so a
 * wrong grant in the shared table fails this test instead of being mirrored.
 */
const EXPECTED: Record<Role, Record<Action, boolean>> = {
  facilitator: {
    read: true,
    edit: true,
    'edit-fields': true,
    comment: true,
    resolve: true,
    'run-meeting': true,
    invite: true,
    export: true,
  },
  participant: {
    read: true,
    edit: true,
    'edit-fields': false,
    comment: true,
    resolve: false,
    'run-meeting': false,
    invite: false,
    export: false,
  },
  commenter: {
    read: true,
    edit: false,
    'edit-fields': false,
    comment: true,
    resolve: false,
    'run-meeting': false,
    invite: false,
    export: false,
  },
  observer: {
    read: true,
    edit: false,
    'edit-fields': false,
    comment: false,
    resolve: false,
    'run-meeting': false,
    invite: false,
    export: false,
  },
};

let f: AccessFixture;
let serial = 0;

beforeAll(async () => {
  f = await startAccessFixture();
});
afterEach(() => f.cleanup());
afterAll(async () => {
  await f.close();
});

/** Observes whether the role could do the action; throws on an outcome that is neither success nor a proper refusal. */
type Probe = (role: Role, token: string) => Promise<boolean>;

const httpStatusAllowed = (status: number, body: { error?: { code?: string } }, success: number): boolean => {
  if (status === success) return true;
  if (status === 403 && body.error?.code === 'forbidden') return false;
  throw new Error(`unexpected answer ${status} ${JSON.stringify(body)}`);
};

/** Whichever comes first: `landed` turns true on the server, or the server closes `peer` for good. */
async function landedOrClosed(peer: Peer, landed: () => boolean, what: string): Promise<'landed' | Closed> {
  const closed = closedFor(peer);
  const arrived = waitFor(landed, what, 5_000);
  const outcome = await Promise.race([
    arrived.then(
      () => 'landed' as const,
      () => 'lost' as const,
    ),
    closed,
  ]);
  if (outcome === 'lost') throw new Error(`${what}: neither landed nor refused`);
  return outcome;
}

/**
 * Actions the websocket never performs, whatever the role: threads and the
 * meeting are written by the server only, through the API. Their websocket
 * probes write what the action would write straight into the room, as a
 * crafted client can, and must be refused for every role, facilitators included.
 */
const API_ONLY: ReadonlySet<Action> = new Set<Action>(['comment', 'resolve', 'run-meeting']);

/**
 * Connects a crafted client of `role` to `room`, sends `change` as one
 * update, and checks the refusal: a 4403 with `reason`, and the server's
 * document of the room unchanged. Returns false (the role could not act).
 */
async function refusedServerOwnedWrite(role: Role, room: string, reason: string, change: (doc: Y.Doc) => void) {
  const crafted = await connectCrafted(f.server.wsUrl, room, f.members[role].token);
  const before = copyOf(f.roomDoc(room));
  crafted.send(change);
  expect(await within(crafted.closed, 5_000, 'the refusal')).toEqual({ code: CloseCode.Forbidden, reason });
  expect(sameDocument(f.roomDoc(room), before)).toBe(true);
  return false;
}

const THREADS_OWNED = 'comment threads are written by the server only';
const MEETING_OWNED = 'the meeting is written by the server only: use the API';

/** The close a role gets for a draft change it may not make: 4403 when it may not edit at all, else 4422. */
const refusalCodeFor = (role: Role) => (EXPECTED[role].edit ? CloseCode.UpdateRefused : CloseCode.Forbidden);

const PROBES: Record<Action, { http?: Probe; websocket?: Probe }> = {
  read: {
    async http(_role, token) {
      const summary = await api(f.server, `/api/consultations/${A}`, { token });
      const people = await api(f.server, `/api/consultations/${A}/people`, { token });
      const a = httpStatusAllowed(summary.status, summary.body, 200);
      const b = httpStatusAllowed(people.status, people.body, 200);
      if (a !== b) throw new Error('the summary and the people list disagree');
      if (a) expect(summary.body.rooms.draft).toBe(ROOM_A);
      return a;
    },
    async websocket(role, token) {
      const reader = f.peerOf(token);
      const outcome = await syncedOrClosed(reader);
      if (outcome !== 'synced') return false;
      const marker = `read-${role}-${serial++}`;
      typeInDraft(f.witness.doc, marker);
      await waitFor(() => textAt(reader.doc).includes(marker), 'a live edit to reach the reader');
      // Presence flows for every role, read-only ones included.
      reader.provider.awareness.setLocalStateField('user', { name: marker });
      const id = reader.doc.clientID;
      await waitFor(() => f.witness.provider.awareness.getStates().get(id)?.user?.name === marker, 'presence');
      return true;
    },
  },
  edit: {
    async websocket(role, token) {
      const editor = f.peerOf(token);
      expect(await syncedOrClosed(editor)).toBe('synced');
      const marker = `edit-${role}-${serial++}`;
      const finding = { indicatorId: '1.1' };
      // One keystroke's worth in a finding and one in the summary, in one update.
      editor.doc.transact(() => {
        typeInDraft(editor.doc, `${marker} `, 0, finding);
        typeInDraft(editor.doc, `${marker} `, 0, 'summary');
      });
      const landed = () => textAt(f.roomDoc(), finding).includes(marker) && textAt(f.roomDoc()).includes(marker);
      const outcome = await landedOrClosed(editor, landed, 'the edit');
      if (outcome === 'landed') {
        await waitFor(
          () => textAt(f.witness.doc, finding).includes(marker) && textAt(f.witness.doc).includes(marker),
          'the edit to reach others',
        );
        return true;
      }
      expect(outcome).toEqual({ code: CloseCode.Forbidden, reason: 'this role may not edit the document' });
      expect(textAt(f.roomDoc(), finding) + textAt(f.roomDoc())).not.toContain(marker);
      await f.relayed();
      expect(textAt(f.witness.doc, finding) + textAt(f.witness.doc)).not.toContain(marker);
      return false;
    },
  },
  'edit-fields': {
    async websocket(role, token) {
      const indicatorId = '1.3';
      const editor = f.peerOf(token);
      expect(await syncedOrClosed(editor)).toBe('synced');
      const before = indicatorField(f.roomDoc(), indicatorId, '__answer');
      const next = ANSWERS.find((answer) => answer !== before) as string;
      setIndicatorField(editor.doc, indicatorId, '__answer', next);
      const outcome = await landedOrClosed(
        editor,
        () => indicatorField(f.roomDoc(), indicatorId, '__answer') === next,
        'the new answer',
      );
      if (outcome === 'landed') {
        await waitFor(
          () => indicatorField(f.witness.doc, indicatorId, '__answer') === next,
          'the new answer to reach others',
        );
        return true;
      }
      expect(outcome.code).toBe(refusalCodeFor(role));
      expect(outcome.reason).toBe(
        EXPECTED[role].edit
          ? `refused: the answer of indicator ${indicatorId} is changed by facilitators only`
          : 'this role may not edit the document',
      );
      expect(indicatorField(f.roomDoc(), indicatorId, '__answer')).toBe(before);
      await f.relayed();
      expect(indicatorField(f.witness.doc, indicatorId, '__answer')).toBe(before);
      return false;
    },
  },
  invite: {
    async http(role, token) {
      const name = `Invited by ${role} ${serial++}`;
      const created = await api(f.server, `/api/consultations/${A}/invitations`, {
        method: 'POST',
        token,
        body: { name, organisation: 'Somewhere', role: 'observer' },
      });
      const victim = await invite(f.server, A, { role: 'observer', name: `To revoke by ${role}` });
      const revoked = await api(f.server, `/api/consultations/${A}/invitations/${victim.id}`, {
        method: 'DELETE',
        token,
      });
      const canCreate = httpStatusAllowed(created.status, created.body, 201);
      const canRevoke = httpStatusAllowed(revoked.status, revoked.body, 200);
      if (canCreate !== canRevoke) throw new Error('inviting and revoking disagree');
      const people = await api(f.server, `/api/consultations/${A}/people`, { token: ADMIN_TOKEN });
      const status = people.body.people.find((p: { id: string }) => p.id === victim.id)?.status;
      expect(status).toBe(canRevoke ? 'revoked' : 'active');
      expect(people.body.people.some((p: { name: string }) => p.name === name)).toBe(canCreate);
      if (canCreate) expect(created.body.url).toMatch(/\/join#token=/);
      return canCreate;
    },
    async websocket(role, token) {
      // The websocket has no way to invite; what it must show is the invitation's effect: its holder is admitted
      // live with the role invited, no more. Refused roles get no invitation and so nobody to admit.
      const created = await api(f.server, `/api/consultations/${A}/invitations`, {
        method: 'POST',
        token,
        body: { name: `Invited live by ${role} ${serial++}`, organisation: 'Somewhere', role: 'commenter' },
      });
      if (!httpStatusAllowed(created.status, created.body, 201)) return false;
      const invitedToken = new URLSearchParams(new URL(created.body.url).hash.slice(1)).get('token') ?? '';
      const invited = f.peerOf(invitedToken);
      expect(await syncedOrClosed(invited)).toBe('synced');
      const closed = closedFor(invited);
      typeInDraft(invited.doc, `invited-${serial++}`);
      expect(await within(closed, 5_000, 'the commenter’s edit to be refused')).toEqual({
        code: CloseCode.Forbidden,
        reason: 'this role may not edit the document',
      });
      return true;
    },
  },
  comment: {
    async http(role, token) {
      const body = `Comment by ${role} ${serial++}`;
      const res = await api(f.server, `/api/consultations/${A}/threads`, {
        method: 'POST',
        token,
        body: { indicatorId: '1.1', type: 'question', body },
      });
      const allowed = httpStatusAllowed(res.status, res.body, 201);
      if (allowed) expect(res.body.author.role).toBe(role);
      const listed = await api(f.server, `/api/consultations/${A}/threads?indicator=1.1`, { token: ADMIN_TOKEN });
      const bodies = (listed.body.threads as { comments: { body: string }[] }[]).map((t) => t.comments[0]?.body);
      expect(bodies.includes(body)).toBe(allowed);
      return allowed;
    },
    async websocket(role) {
      const id = `ws-thread-${role}-${serial++}`;
      const refused = await refusedServerOwnedWrite(role, threadsRoomOf(A), THREADS_OWNED, (doc) => {
        const entry = new Y.Map<string>();
        threadsMap(doc).set(id, entry);
        entry.set('meta', JSON.stringify({ id, indicatorId: '1.1', type: 'question', status: 'open' }));
      });
      const listed = await api(f.server, `/api/consultations/${A}/threads?indicator=1.1`, { token: ADMIN_TOKEN });
      expect((listed.body.threads as { id: string }[]).map((t) => t.id)).not.toContain(id);
      return refused;
    },
  },
  resolve: {
    async http(role, token) {
      const opened = await api(f.server, `/api/consultations/${A}/threads`, {
        method: 'POST',
        token: f.members.facilitator.token,
        body: { indicatorId: '1.2', type: 'update', body: `To be resolved by ${role}` },
      });
      const path = `/api/consultations/${A}/threads/${opened.body.id}`;
      const res = await api(f.server, `${path}/resolve`, {
        method: 'POST',
        token,
        body: { outcome: 'noted', response: 'ok' },
      });
      const allowed = httpStatusAllowed(res.status, res.body, 200);
      const after = await api(f.server, path, { token: ADMIN_TOKEN });
      expect(after.body.status).toBe(allowed ? 'resolved' : 'open');
      return allowed;
    },
    async websocket(role) {
      const opened = await api(f.server, `/api/consultations/${A}/threads`, {
        method: 'POST',
        token: f.members.facilitator.token,
        body: { indicatorId: '1.2', type: 'update', body: `To be resolved over the websocket by ${role}` },
      });
      expect(opened.status).toBe(201);
      const refused = await refusedServerOwnedWrite(role, threadsRoomOf(A), THREADS_OWNED, (doc) => {
        const entry = threadsMap(doc).get(opened.body.id) as Y.Map<string>;
        const meta = JSON.parse(entry.get('meta') as string);
        entry.set('meta', JSON.stringify({ ...meta, status: 'resolved' }));
      });
      expect(readThread(f.roomDoc(threadsRoomOf(A)), opened.body.id)?.status).toBe('open');
      const after = await api(f.server, `/api/consultations/${A}/threads/${opened.body.id}`, { token: ADMIN_TOKEN });
      expect(after.body.status).toBe('open');
      return refused;
    },
  },
  'run-meeting': {
    async http(_role, token) {
      const indicatorId = '2.4';
      const before = indicatorField(f.roomDoc(), indicatorId, '__status');
      const next = INDICATOR_STATUSES.find((status) => status !== before) as string;
      const res = await api(f.server, `/api/consultations/${A}/indicators/${indicatorId}/status`, {
        method: 'PUT',
        token,
        body: { status: next },
      });
      const allowed = httpStatusAllowed(res.status, res.body, 200);
      if (allowed) {
        expect(res.body).toMatchObject({ indicatorId, status: next, decision: { kind: 'status', to: next } });
        // Stored before the answer, so the server's document already has it; it reaches everyone live.
        expect(indicatorField(f.roomDoc(), indicatorId, '__status')).toBe(next);
        await waitFor(() => indicatorField(f.witness.doc, indicatorId, '__status') === next, 'the status, live');
        return true;
      }
      expect(indicatorField(f.roomDoc(), indicatorId, '__status')).toBe(before);
      await f.relayed();
      expect(indicatorField(f.witness.doc, indicatorId, '__status')).toBe(before);
      return false;
    },
    async websocket(role) {
      // A lock is what a meeting write can do that the draft's policy obeys: the most tempting forgery.
      const refused = await refusedServerOwnedWrite(role, meetingRoomOf(A), MEETING_OWNED, (doc) =>
        writeLock(doc, {
          target: { kind: 'indicator', indicatorId: '3.1' },
          by: { personId: 'forged', name: `Forged by ${role}`, organisation: 'Nowhere', organisationId: null, role },
          at: new Date().toISOString(),
        }),
      );
      expect(readLocks(f.roomDoc(meetingRoomOf(A)))).toEqual([]);
      return refused;
    },
  },
  export: {
    async http(_role, token) {
      const res = await api(f.server, `/api/consultations/${A}/export/comments.csv`, { token });
      const allowed = httpStatusAllowed(res.status, res.body, 200);
      if (allowed) expect(String(res.body)).toContain('Indicator');
      return allowed;
    },
  },
};

describe('every role, every action', () => {
  it('has an expectation and at least one probe for every action', () => {
    for (const role of ROLES) expect(Object.keys(EXPECTED[role]).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(PROBES).sort()).toEqual([...ACTIONS].sort());
    // Editing happens only on the websocket and exporting only over HTTP; everything else is tried on both.
    const channels: Record<Action, string[]> = {
      read: ['http', 'websocket'],
      edit: ['websocket'],
      'edit-fields': ['websocket'],
      comment: ['http', 'websocket'],
      resolve: ['http', 'websocket'],
      'run-meeting': ['http', 'websocket'],
      invite: ['http', 'websocket'],
      export: ['http'],
    };
    for (const action of ACTIONS) expect(Object.keys(PROBES[action]).sort(), action).toEqual(channels[action]);
  });

  for (const role of ROLES) {
    for (const action of ACTIONS) {
      for (const channel of ['http', 'websocket'] as const) {
        const probe = PROBES[action][channel];
        if (!probe) continue;
        const apiOnly = channel === 'websocket' && API_ONLY.has(action);
        const allowed = EXPECTED[role][action] && !apiOnly;
        const how = apiOnly ? `over ${channel} (the API only)` : `over ${channel}`;
        it(`${role} ${allowed ? 'may' : 'may not'} ${action} ${how}`, async () => {
          expect(await probe(role, f.members[role].token)).toBe(allowed);
        });
      }
    }
  }
});

describe('a crafted client with a read-only role', () => {
  /** Connects raw and waits for the server's opening sync step 1, i.e. the client was admitted. */
  const admitted = async (role: Role) => {
    const raw = await f.rawOf(`?token=${f.members[role].token}`);
    await waitFor(() => raw.frames.length > 0, 'the server to open the sync');
    return raw;
  };
  /** What a participant's editor would send: typing in a finding, made on a copy of the server's document. */
  const typing = (marker: string) =>
    updateOf(copyOf(f.roomDoc()), (doc) => typeInDraft(doc, marker, 0, { indicatorId: '1.1' }));

  it.each(['commenter', 'observer'] as const)(
    'cannot change the document as %s, by sync step 2, update, or deleting what exists, though a participant can',
    async (role) => {
      // Something to delete, written by an editor.
      const victim = `keep me ${serial++} `;
      typeInDraft(f.witness.doc, victim, 0, { indicatorId: '1.1' });
      await waitFor(() => textAt(f.roomDoc(), { indicatorId: '1.1' }).startsWith(victim), 'setup');
      const before = copyOf(f.roomDoc());
      const markers = [`crafted-${serial++} `, `crafted-${serial++} `] as const;
      const stepTwoUpdate = typing(markers[0]);
      const liveUpdate = typing(markers[1]);
      const deletion = updateOf(copyOf(before), (doc) => deleteInDraft(doc, 0, 4, { indicatorId: '1.1' }));

      const stepTwo = await admitted(role);
      stepTwo.ws.send(encodeSyncStep2(stepTwoUpdate));
      expect(await closedWithin(stepTwo, 3_000)).toEqual({
        code: CloseCode.Forbidden,
        reason: 'this role may not edit the document',
      });
      const update = await admitted(role);
      update.ws.send(encodeUpdate(liveUpdate));
      expect((await closedWithin(update, 3_000))?.code).toBe(CloseCode.Forbidden);
      const deleter = await admitted(role);
      deleter.ws.send(encodeUpdate(deletion));
      expect((await closedWithin(deleter, 3_000))?.code).toBe(CloseCode.Forbidden);
      // Each refusal was decided before its close: nothing of them is in the server's document.
      expect(sameDocument(f.roomDoc(), before)).toBe(true);
      expect(textAt(f.roomDoc(), { indicatorId: '1.1' })).toBe(textAt(before, { indicatorId: '1.1' }));

      // The very same bytes from a participant are accepted: the role, not the update, was refused.
      const participant = await admitted('participant');
      participant.ws.send(encodeSyncStep2(stepTwoUpdate));
      participant.ws.send(encodeUpdate(liveUpdate));
      participant.ws.send(encodeUpdate(deletion));
      const finding = () => textAt(f.roomDoc(), { indicatorId: '1.1' });
      await waitFor(
        () => !finding().includes(victim) && markers.every((marker) => finding().includes(marker)),
        'the participant’s edits',
      );
      expect(finding()).toContain(victim.slice(4));
    },
  );

  it('may answer a sync with what the server already has, and share presence', async () => {
    const raw = await admitted('observer');
    const before = copyOf(f.roomDoc());
    raw.ws.send(encodeSyncStep2(Y.encodeStateAsUpdate(before)));
    raw.ws.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: 777_001, clock: 1, state: '{"user":"raw"}' }])));
    await waitFor(() => f.witness.provider.awareness.getStates().get(777_001)?.user === 'raw', 'raw presence');
    expect(sameDocument(f.roomDoc(), before)).toBe(true);
    // The server answers a later sync step 1 on the same connection only after handling what came before it.
    expect(await answeredOrClosed(raw)).toBe('answered');
    expect(sameDocument(f.roomDoc(), before)).toBe(true);
  });
});
