import { draftRoomOf } from '@roundtable/profile';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { openRoom } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';

let server: InProcessServer;
const peers: Peer[] = [];
// Each test name is a consultation with an empty draft; peers join its draft room as participants.
const peer = async (name: string) => {
  const { room, params } = await openRoom(server, name);
  const p = connectPeer(server.wsUrl, room, { params });
  peers.push(p);
  return p;
};
const roomDoc = (name: string) => server.rooms.get(draftRoomOf(name))?.doc;

beforeAll(async () => {
  server = await startInProcessServer();
});
afterEach(() => {
  for (const p of peers.splice(0)) p.destroy();
});
afterAll(async () => {
  await server.close();
});

describe('y-websocket sync with the official client', () => {
  it('makes two clients converge on concurrent edits', async () => {
    const a = await peer('converge');
    const b = await peer('converge');
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.doc.getText('t').insert(0, 'from A. ');
    b.doc.getText('t').insert(0, 'from B. ');
    await waitFor(
      () => a.doc.getText('t').toString() === b.doc.getText('t').toString() && a.doc.getText('t').length === 16,
      'convergence',
    );
    expect(a.doc.getText('t').toString()).toContain('from A.');
    expect(a.doc.getText('t').toString()).toContain('from B.');
  });

  it('gives a late joiner the whole document', async () => {
    const a = await peer('late');
    await whenSynced(a);
    a.doc.getMap('m').set('k', 'v');
    a.doc.getText('t').insert(0, 'early words');
    await waitFor(() => roomDoc('late')?.getText('t').length === 11, 'server to apply');
    const b = await peer('late');
    await whenSynced(b);
    await waitFor(() => b.doc.getText('t').toString() === 'early words', 'late joiner content');
    expect(b.doc.getMap('m').get('k')).toBe('v');
  });

  it('keeps rooms apart', async () => {
    const a = await peer('room-one');
    const b = await peer('room-two');
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.doc.getText('t').insert(0, 'only in one');
    await waitFor(() => roomDoc('room-one')?.getText('t').length === 11, 'server to apply');
    await new Promise((r) => setTimeout(r, 100));
    expect(b.doc.getText('t').toString()).toBe('');
  });

  it("shares presence and removes a closed connection's presence for everyone", async () => {
    const a = await peer('presence');
    const b = await peer('presence');
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Amina' });
    b.provider.awareness.setLocalStateField('user', { name: 'Boris' });
    const aId = a.doc.clientID;
    await waitFor(() => b.provider.awareness.getStates().get(aId)?.user?.name === 'Amina', 'A presence at B');
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(aId), 'A presence removed at B');
  });

  it('merges edits made while offline when the client reconnects', async () => {
    const a = await peer('offline');
    const b = await peer('offline');
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.doc.getText('t').insert(0, 'online. ');
    await waitFor(() => b.doc.getText('t').length === 8, 'first edit at B');
    a.provider.disconnect();
    a.doc.getText('t').insert(8, 'typed offline. ');
    b.doc.getText('t').insert(0, 'meanwhile. ');
    await new Promise((r) => setTimeout(r, 100));
    expect(b.doc.getText('t').toString()).not.toContain('typed offline');
    a.provider.connect();
    await waitFor(
      () =>
        a.doc.getText('t').toString() === b.doc.getText('t').toString() &&
        b.doc.getText('t').toString().includes('typed offline') &&
        a.doc.getText('t').toString().includes('meanwhile'),
      'offline edits to merge',
    );
  });

  it('unloads a room after its last connection leaves, and reloads it intact', async () => {
    const a = await peer('unload');
    await whenSynced(a);
    a.doc.getText('t').insert(0, 'kept');
    await waitFor(() => roomDoc('unload')?.getText('t').length === 4, 'server to apply');
    a.destroy();
    await waitFor(() => !server.rooms.loadedRooms.includes(draftRoomOf('unload')), 'room to unload');
    const b = await peer('unload');
    await whenSynced(b);
    await waitFor(() => b.doc.getText('t').toString() === 'kept', 'reloaded content');
  });
});
