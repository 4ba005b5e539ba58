import { draftRoomOf } from '@roundtable/profile';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appendInDraft, textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { sameDocument } from '../helpers/draftState.ts';
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
    typeInDraft(a.doc, 'from A. ');
    typeInDraft(b.doc, 'from B. ');
    await waitFor(() => textAt(a.doc) === textAt(b.doc) && textAt(a.doc).length === 16, 'convergence');
    expect(textAt(a.doc)).toContain('from A.');
    expect(textAt(a.doc)).toContain('from B.');
    expect(sameDocument(a.doc, b.doc)).toBe(true);
  });

  it('gives a late joiner the whole document', async () => {
    const a = await peer('late');
    await whenSynced(a);
    typeInDraft(a.doc, 'early words');
    typeInDraft(a.doc, 'Context words.', 0, { section: 'context' });
    await waitFor(() => textAt(roomDoc('late')) === 'early words', 'server to apply');
    await waitFor(() => sameDocument(roomDoc('late'), a.doc), 'server to apply everything');
    const b = await peer('late');
    await whenSynced(b);
    expect(textAt(b.doc)).toBe('early words');
    expect(textAt(b.doc, { section: 'context' })).toBe('Context words.');
    expect(sameDocument(b.doc, a.doc)).toBe(true);
  });

  it('keeps rooms apart', async () => {
    const a = await peer('room-one');
    const b = await peer('room-two');
    const c = await peer('room-two');
    await Promise.all([whenSynced(a), whenSynced(b), whenSynced(c)]);
    typeInDraft(a.doc, 'only in one');
    await waitFor(() => textAt(roomDoc('room-one')) === 'only in one', 'server to apply');
    // A later edit in room two reaches B: had A's edit leaked into room two, it would have come first.
    typeInDraft(c.doc, 'two');
    await waitFor(() => textAt(b.doc) === 'two', 'the edit in room two');
    expect(textAt(roomDoc('room-two'))).toBe('two');
    expect(textAt(roomDoc('room-one'))).toBe('only in one');
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
    typeInDraft(a.doc, 'online. ');
    await waitFor(() => textAt(b.doc) === 'online. ', 'first edit at B');
    a.provider.disconnect();
    appendInDraft(a.doc, 'typed offline. ');
    typeInDraft(a.doc, 'Offline context.', 0, { section: 'context' });
    typeInDraft(b.doc, 'meanwhile. ');
    await waitFor(() => textAt(roomDoc('offline')).startsWith('meanwhile. '), 'B’s edit at the server');
    expect(textAt(roomDoc('offline'))).toBe('meanwhile. online. ');
    // On reconnecting, A's offline edits go to the server in its sync step 2.
    a.provider.connect();
    await waitFor(
      () => textAt(b.doc) === 'meanwhile. online. typed offline. ' && sameDocument(a.doc, b.doc),
      'offline edits to merge',
    );
    expect(textAt(b.doc, { section: 'context' })).toBe('Offline context.');
    expect(sameDocument(roomDoc('offline'), a.doc)).toBe(true);
  });

  it('unloads a room after its last connection leaves, and reloads it intact', async () => {
    const a = await peer('unload');
    await whenSynced(a);
    typeInDraft(a.doc, 'kept');
    await waitFor(() => textAt(roomDoc('unload')) === 'kept', 'server to apply');
    a.destroy();
    await waitFor(() => !server.rooms.loadedRooms.includes(draftRoomOf('unload')), 'room to unload');
    const b = await peer('unload');
    await whenSynced(b);
    expect(textAt(b.doc)).toBe('kept');
    expect(textAt(roomDoc('unload'))).toBe('kept');
  });
});
