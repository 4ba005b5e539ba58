import { CloseCode } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import { InvitationStore } from '../invitations/InvitationStore.ts';
import { silentLogger } from '../log.ts';
import { createMemoryRecordStore } from '../storage/createMemoryRecordStore.ts';
import type { RecordStore } from '../storage/RecordStore.ts';
import { LiveSessions } from './LiveSessions.ts';

const NOW = Date.parse('2026-03-01T10:00:00Z');

function fakeConnection(id: string) {
  const closes: { code: number; reason: string }[] = [];
  return { id, closes, close: (code: number, reason: string) => void closes.push({ code, reason }) };
}

async function setup(records: RecordStore = createMemoryRecordStore()) {
  const invitations = new InvitationStore(records);
  let now = NOW;
  const make = (instanceId: string) =>
    new LiveSessions({ invitations, records, logger: silentLogger, instanceId, now: () => now });
  const invite = async (expiresInMs = 3_600_000) => {
    const invitation = await invitations.create({
      consultationId: 'demo',
      name: 'Amina',
      organisation: { id: null, name: 'NGO' },
      role: 'participant',
      createdAt: new Date(NOW).toISOString(),
      expiresAt: new Date(NOW + expiresInMs).toISOString(),
      invitedBy: null,
    });
    if (!invitation) throw new Error('setup');
    return invitation;
  };
  return { invitations, make, invite, advance: (ms: number) => (now += ms) };
}

describe('LiveSessions', () => {
  it('disconnects every connection of one invitation and no other', async () => {
    const { make, invite } = await setup();
    const sessions = make('one');
    const [a, b] = [await invite(), await invite()];
    const [a1, a2, b1] = [fakeConnection('a1'), fakeConnection('a2'), fakeConnection('b1')];
    sessions.add({ invitationId: a.id, consultationId: 'demo', room: 'demo:draft', connection: a1 });
    sessions.add({ invitationId: a.id, consultationId: 'demo', room: 'other', connection: a2 });
    sessions.add({ invitationId: b.id, consultationId: 'demo', room: 'demo:draft', connection: b1 });
    expect(sessions.disconnect('demo', a.id, CloseCode.Revoked, 'invitation revoked')).toBe(2);
    expect([a1.closes, a2.closes, b1.closes]).toEqual([
      [{ code: 4410, reason: 'invitation revoked' }],
      [{ code: 4410, reason: 'invitation revoked' }],
      [],
    ]);
    expect(await sessions.connected('demo')).toEqual(new Map([[b.id, 1]]));
  });

  it("counts one person's connections in one consultation, as they open and close", async () => {
    const { make, invite } = await setup();
    const sessions = make('one');
    const [a, b] = [await invite(), await invite()];
    const add = (invitationId: string, consultationId: string, id: string) =>
      sessions.add({ invitationId, consultationId, room: `${consultationId}:draft`, connection: fakeConnection(id) });
    const removeA1 = add(a.id, 'demo', 'a1');
    add(a.id, 'demo', 'a2');
    add(b.id, 'demo', 'b1');
    add(a.id, 'other', 'a3');
    expect([sessions.localCount('demo', a.id), sessions.localCount('demo', b.id)]).toEqual([2, 1]);
    expect(sessions.localCount('other', a.id)).toBe(1);
    removeA1();
    removeA1();
    expect(sessions.localCount('demo', a.id)).toBe(1);
    expect(sessions.disconnect('demo', a.id, CloseCode.Revoked, 'invitation revoked')).toBe(1);
    expect(sessions.localCount('demo', a.id)).toBe(0);
    expect(sessions.localCount('other', a.id)).toBe(1);
    expect(sessions.localConsultations().sort()).toEqual(['demo', 'other']);
    expect(await sessions.connected('demo')).toEqual(new Map([[b.id, 1]]));
  });

  it('cuts off, at the next sweep, invitations revoked elsewhere or expired', async () => {
    const { make, invite, invitations, advance } = await setup();
    const sessions = make('one');
    const revoked = await invite();
    const expiring = await invite(1_000);
    const kept = await invite();
    const [r, e, k] = [fakeConnection('r'), fakeConnection('e'), fakeConnection('k')];
    sessions.add({ invitationId: revoked.id, consultationId: 'demo', room: 'demo:draft', connection: r });
    sessions.add({ invitationId: expiring.id, consultationId: 'demo', room: 'demo:draft', connection: e });
    sessions.add({ invitationId: kept.id, consultationId: 'demo', room: 'demo:draft', connection: k });
    await invitations.revoke('demo', revoked.id, new Date(NOW));
    advance(2_000);
    await sessions.sweep();
    expect(r.closes.map((c) => c.code)).toEqual([CloseCode.Revoked]);
    expect(e.closes.map((c) => c.code)).toEqual([CloseCode.Unauthorized]);
    expect(k.closes).toEqual([]);
  });

  it('keeps everyone connected while the store is down', async () => {
    const records = createMemoryRecordStore();
    const failing: RecordStore = {
      ...records,
      get: async () => {
        throw new Error('store down');
      },
    };
    const { invite, invitations } = await setup(records);
    const invitation = await invite();
    // Revoked in the store: a sweep that could read it would cut this connection off (see above).
    await invitations.revoke('demo', invitation.id, new Date(NOW));
    const sessions = new LiveSessions({
      invitations: new InvitationStore(failing),
      records: failing,
      logger: silentLogger,
    });
    const c = fakeConnection('c');
    sessions.add({ invitationId: invitation.id, consultationId: 'demo', room: 'demo:draft', connection: c });
    await sessions.sweep();
    expect(c.closes).toEqual([]);
    // The same sweep over the working store does close it.
    const working = new LiveSessions({ invitations, records, logger: silentLogger });
    const d = fakeConnection('d');
    working.add({ invitationId: invitation.id, consultationId: 'demo', room: 'demo:draft', connection: d });
    await working.sweep();
    expect(d.closes.map((close) => close.code)).toEqual([CloseCode.Revoked]);
  });

  it("counts other instances' connections until their entry goes stale", async () => {
    const { make, invite, advance } = await setup();
    const [one, two] = [make('one'), make('two')];
    const invitation = await invite();
    const remove = two.add({
      invitationId: invitation.id,
      consultationId: 'demo',
      room: 'demo:draft',
      connection: fakeConnection('x'),
    });
    await two.sweep();
    expect(await one.connected('demo')).toEqual(new Map([[invitation.id, 1]]));
    advance(16_000);
    expect(await one.connected('demo')).toEqual(new Map());
    advance(-16_000);
    remove();
    await two.sweep();
    expect(await one.connected('demo')).toEqual(new Map());
  });
});
