import { CloseCode, encodeAwareness, encodeAwarenessUpdate, encodeUpdate } from '@roundtable/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { appendInDraft } from '../helpers/draftEdits.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { openRoom } from '../helpers/members.ts';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';
import { closedFor } from '../helpers/wsOutcome.ts';

const PING_INTERVAL_MS = 150;
const MAX_MESSAGE_BYTES = 32 * 1024;
let server: InProcessServer;
const peers: Peer[] = [];
const sockets: WebSocket[] = [];

beforeAll(async () => {
  server = await startInProcessServer({ pingIntervalMs: PING_INTERVAL_MS, maxMessageBytes: MAX_MESSAGE_BYTES });
});
afterEach(() => {
  for (const p of peers.splice(0)) p.destroy();
  for (const s of sockets.splice(0)) s.terminate();
});
afterAll(async () => {
  await server.close();
});

/** A bare socket that announces a presence state as client `clientId`; `autoPong: false` stops it answering pings. */
async function presentRaw(url: string, clientId: number, autoPong: boolean): Promise<WebSocket> {
  const ws = new WebSocket(url, { autoPong });
  sockets.push(ws);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const state = JSON.stringify({ user: { name: 'Raw', color: '#123456' } });
  ws.send(encodeAwareness(encodeAwarenessUpdate([{ clientId, clock: 1, state }])));
  return ws;
}

describe('liveness', () => {
  it('closes a socket that stops answering pings and takes it out of presence', async () => {
    const { room, params } = await openRoom(server, 'silent-peer');
    const watcher = connectPeer(server.wsUrl, room, { params });
    peers.push(watcher);
    await whenSynced(watcher);
    const url = `${server.wsUrl}/${room}?token=${params.token}`;
    const silent = await presentRaw(url, 424242, false);
    const healthy = await presentRaw(url, 434343, true);
    const states = () => watcher.provider.awareness.getStates();
    await vi.waitFor(() => expect(states().has(424242) && states().has(434343)).toBe(true), { timeout: 5_000 });

    const closed = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
    // Terminated, not closed politely: the peer is presumed gone.
    expect(await closed).toBe(1006);
    await vi.waitFor(() => expect(states().has(424242)).toBe(false), { timeout: 5_000 });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^roundtable_connections_timed_out_total [1-9]/m);
    // The same pings leave a socket that answers them alone.
    expect(healthy.readyState).toBe(WebSocket.OPEN);
    expect(states().has(434343)).toBe(true);
  });

  it('closes an edit over the frame limit with 4413 and a reason, and the client stops retrying', async () => {
    const { room, params } = await openRoom(server, 'too-large');
    const peer = connectPeer(server.wsUrl, room, { params });
    peers.push(peer);
    await whenSynced(peer);
    const closed = closedFor(peer);
    const opened = vi.fn();
    peer.provider.on('status', ({ status }: { status: string }) => status === 'connecting' && opened());
    // One paste larger than the server accepts in one frame.
    appendInDraft(peer.doc, 'x'.repeat(MAX_MESSAGE_BYTES + 1));
    const { code, reason } = await closed;
    expect(code).toBe(CloseCode.MessageTooLarge);
    expect(reason).toBe('message too large: the limit is 32 KiB');
    // `closed` is y-websocket's permanent stop: it will not connect again on its own.
    expect(peer.provider.shouldConnect).toBe(false);
    expect(opened).not.toHaveBeenCalled();
  });

  it('keeps frames just under the limit', async () => {
    const { room, params } = await openRoom(server, 'under-limit');
    const ws = new WebSocket(`${server.wsUrl}/${room}?token=${params.token}`);
    sockets.push(ws);
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    // A frame of exactly the limit that is not a valid update: refused for what it is (4400), not for its size.
    ws.send(encodeUpdate(new Uint8Array(MAX_MESSAGE_BYTES - 8).fill(0xff)));
    expect(await closed).toBe(CloseCode.BadMessage);
  });
});
