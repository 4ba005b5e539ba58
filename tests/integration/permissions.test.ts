import { ACTIONS, type Action, ROLES, type Role } from '@roundtable/profile';
import { CloseCode, encodeAwareness, encodeAwarenessUpdate, encodeSyncStep2, encodeUpdate } from '@roundtable/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { A, type AccessFixture, ADMIN_TOKEN, ROOM_A, startAccessFixture } from '../helpers/accessFixture.ts';
import { api, invite } from '../helpers/members.ts';
import { waitFor } from '../helpers/providers.ts';
import { closedFor, closedWithin, syncedOrClosed } from '../helpers/wsOutcome.ts';

// Forged, expired, revoked and cross-consultation tokens: tokens.test.ts.

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
      f.witness.doc.getText('read').insert(0, marker);
      await waitFor(() => reader.doc.getText('read').toString().includes(marker), 'a live edit to reach the reader');
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
      const closed = closedFor(editor);
      const marker = `edit-${role}-${serial++}`;
      editor.doc.getText('edit').insert(0, marker);
      const landed = waitFor(
        () => f.roomDoc()?.getText('edit').toString().includes(marker) ?? false,
        'the edit',
        5_000,
      );
      const outcome = await Promise.race([
        landed.then(
          () => 'landed' as const,
          () => 'lost' as const,
        ),
        closed,
      ]);
      if (outcome === 'lost') throw new Error('the edit neither landed nor was refused');
      if (outcome === 'landed') {
        await waitFor(() => f.witness.doc.getText('edit').toString().includes(marker), 'the edit to reach others');
        return true;
      }
      expect(outcome.code).toBe(CloseCode.Forbidden);
      await new Promise((r) => setTimeout(r, 200));
      expect(f.roomDoc()?.getText('edit').toString()).not.toContain(marker);
      expect(f.witness.doc.getText('edit').toString()).not.toContain(marker);
      return false;
    },
  },
  invite: {
    async http(role, token) {
      const created = await api(f.server, `/api/consultations/${A}/invitations`, {
        method: 'POST',
        token,
        body: { name: `Invited by ${role}`, organisation: 'Somewhere', role: 'observer' },
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
      if (canCreate) expect(created.body.url).toMatch(/\/join#token=/);
      return canCreate;
    },
  },
  comment: {
    async http(role, token) {
      const res = await api(f.server, `/api/consultations/${A}/threads`, {
        method: 'POST',
        token,
        body: { indicatorId: '1.1', type: 'question', body: `Comment by ${role}` },
      });
      const allowed = httpStatusAllowed(res.status, res.body, 201);
      if (allowed) expect(res.body.author.role).toBe(role);
      return allowed;
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
  },
  'run-meeting': {
    async http(_role, token) {
      const res = await api(f.server, `/api/consultations/${A}/indicators/2.4/status`, {
        method: 'PUT',
        token,
        body: { status: 'under-discussion' },
      });
      return httpStatusAllowed(res.status, res.body, 200);
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
    for (const action of ACTIONS) expect(PROBES[action].http ?? PROBES[action].websocket).toBeDefined();
  });

  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED[role][action];
      for (const channel of ['http', 'websocket'] as const) {
        const probe = PROBES[action][channel];
        if (!probe) continue;
        it(`${role} ${allowed ? 'may' : 'may not'} ${action} over ${channel}`, async () => {
          expect(await probe(role, f.members[role].token)).toBe(allowed);
        });
      }
    }
  }
});

describe('a crafted client with a read-only role', () => {
  /** Connects raw and waits for the f.server's opening sync step 1, i.e. the client was admitted. */
  const admitted = async (role: Role) => {
    const raw = await f.rawOf(`?token=${f.members[role].token}`);
    await waitFor(() => raw.frames.length > 0, 'the f.server to open the sync');
    return raw;
  };
  const newContent = () => {
    const doc = new Y.Doc();
    doc.getText('edit').insert(0, `crafted-${serial++}`);
    return Y.encodeStateAsUpdate(doc);
  };

  it.each(['commenter', 'observer'] as const)(
    'cannot change the document as %s, by sync step 2, update, or deleting what exists',
    async (role) => {
      // Something to delete, written by an editor.
      f.witness.doc.getText('victim').insert(0, `keep me ${serial++}`);
      await waitFor(() => f.roomDoc()?.getText('victim').length === f.witness.doc.getText('victim').length, 'setup');
      const before = Y.encodeStateAsUpdate(f.roomDoc() ?? new Y.Doc());

      const stepTwo = await admitted(role);
      stepTwo.ws.send(encodeSyncStep2(newContent()));
      expect((await closedWithin(stepTwo, 3_000))?.code).toBe(CloseCode.Forbidden);

      const update = await admitted(role);
      update.ws.send(encodeUpdate(newContent()));
      expect((await closedWithin(update, 3_000))?.code).toBe(CloseCode.Forbidden);

      const deleter = await admitted(role);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, before);
      const vector = Y.encodeStateVector(copy);
      copy.getText('victim').delete(0, 4);
      deleter.ws.send(encodeUpdate(Y.encodeStateAsUpdate(copy, vector)));
      expect((await closedWithin(deleter, 3_000))?.code).toBe(CloseCode.Forbidden);

      await new Promise((r) => setTimeout(r, 100));
      expect(Y.encodeStateAsUpdate(f.roomDoc() ?? new Y.Doc())).toEqual(before);
    },
  );

  it('may answer a sync with what the f.server already has, and share presence', async () => {
    const raw = await admitted('observer');
    const before = Y.encodeStateAsUpdate(f.roomDoc() ?? new Y.Doc());
    raw.ws.send(encodeSyncStep2(before));
    raw.ws.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: 777_001, clock: 1, state: '{"user":"raw"}' }])));
    expect(await closedWithin(raw, 300)).toBeNull();
    await waitFor(() => f.witness.provider.awareness.getStates().get(777_001)?.user === 'raw', 'raw presence');
    expect(Y.encodeStateAsUpdate(f.roomDoc() ?? new Y.Doc())).toEqual(before);
  });
});
