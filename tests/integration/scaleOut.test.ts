import { encodeAwareness, encodeAwarenessUpdate } from '@roundtable/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { appendInDraft, textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { sameDocument } from '../helpers/draftState.ts';
import { accessTo, invite, openRoom, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { connectRaw, type RawClient } from '../helpers/rawClient.ts';
import { type RedisClusterProcess, type RedisProcess, startRedis, startRedisCluster } from '../helpers/redisServer.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';

const peers: Peer[] = [];
const raws: RawClient[] = [];
const servers: ServerProcess[] = [];
const tokens = new Map<string, { room: string; params: { token: string } }>();
/** A peer on `server` in the draft room of consultation `name` (created on first use). */
const peer = async (server: ServerProcess, name: string) => {
  let access = tokens.get(name);
  if (!access) {
    access =
      name === 'demo'
        ? {
            room: 'demo:draft',
            params: { token: (await invite(accessTo(server), 'demo', { role: 'participant' })).token },
          }
        : await openRoom(accessTo(server), name);
    tokens.set(name, access);
  }
  const p = connectPeer(server.wsUrl, access.room, { params: access.params });
  peers.push(p);
  return p;
};
// biome-ignore lint/suspicious/noExplicitAny: awareness states are whatever JSON clients sent
const stateOf = (watcher: Peer, clientId: number): any => watcher.provider.awareness.getStates().get(clientId);
const ghosts = Array.from({ length: 30 }, (_, i) => 600_000 + i);
const server = async (env: Record<string, string>) => {
  const s = await startServer({ env: { ...env, ...TEST_AUTH_ENV } });
  servers.push(s);
  return s;
};

afterEach(async () => {
  tokens.clear();
  for (const p of peers.splice(0)) p.destroy();
  for (const r of raws.splice(0)) r.ws.close();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

describe('several instances behind one Redis', () => {
  let redis: RedisProcess;
  beforeAll(async () => {
    redis = await startRedis({ appendOnly: true });
  });
  afterAll(async () => {
    await redis.destroy();
  });

  it('relays edits and presence live between clients on different instances', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'scale1' };
    const [one, two] = await Promise.all([server(env), server(env)]);
    const a = await peer(one, 'shared');
    const b = await peer(two, 'shared');
    await Promise.all([whenSynced(a), whenSynced(b)]);
    typeInDraft(a.doc, 'written on one. ');
    typeInDraft(b.doc, 'written on two. ');
    await waitFor(
      () => textAt(a.doc).length === 32 && textAt(a.doc) === textAt(b.doc) && sameDocument(a.doc, b.doc),
      'edits to cross instances',
    );
    a.provider.awareness.setLocalStateField('user', { name: 'Amina' });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Amina', 'presence');
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'presence removal to cross');
  });

  it('shows a crafted client on every instance once, as its invitation says, and refuses its claim on an id owned on another instance', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'scale-presence1' };
    const [one, two] = await Promise.all([server(env), server(env)]);
    const a = await peer(one, 'crafted');
    const b = await peer(two, 'crafted');
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.provider.awareness.setLocalStateField('cursor', 'a');
    const victim = a.doc.clientID;
    await vi.waitFor(() => expect(stateOf(b, victim)?.cursor).toBe('a'), { timeout: 3_000 });
    const olga = await invite(accessTo(one), 'crafted', {
      role: 'observer',
      name: 'Olga Ivanova',
      organisation: 'Ministry of Health',
    });
    const raw = await connectRaw(`${two.wsUrl}/crafted:draft?token=${olga.token}`);
    raws.push(raw);
    const own = 454_545;
    const claim = (extra: Record<string, unknown> = {}) =>
      JSON.stringify({ name: 'Fatou (IOM)', awarenessData: { organisation: 'IOM', role: 'facilitator' }, ...extra });
    const send = (entries: { clientId: number; clock: number; state: string }[]) =>
      raw.ws.send(encodeAwareness(encodeAwarenessUpdate(entries)));
    send([
      { clientId: own, clock: 1, state: claim() },
      ...ghosts.map((clientId) => ({ clientId, clock: 1, state: claim() })),
    ]);
    send([{ clientId: victim, clock: 10_000, state: claim({ cursor: 'forged' }) }]);
    send([{ clientId: victim, clock: 10_001, state: 'null' }]);
    send([{ clientId: own, clock: 2, state: claim({ marker: 'done' }) }]);
    for (const watcher of [a, b]) {
      await vi.waitFor(() => expect(stateOf(watcher, own)?.marker).toBe('done'), { timeout: 3_000 });
      const ids = [...watcher.provider.awareness.getStates().keys()].filter(
        (id) => id !== a.doc.clientID && id !== b.doc.clientID,
      );
      expect(ids).toEqual([own]);
      expect(stateOf(watcher, own)).toMatchObject({
        name: 'Olga Ivanova',
        awarenessData: { organisation: 'Ministry of Health', role: 'observer', personId: olga.id },
      });
    }
    expect(stateOf(b, victim)?.cursor).toBe('a');
  });

  it('shows a person whose connection dropped again within seconds on the other instance, whichever instance they come back to', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'scale-presence2' };
    const [one, two] = await Promise.all([server(env), server(env)]);
    const a = await peer(one, 'dropped');
    const watchers = [await peer(two, 'dropped'), await peer(one, 'dropped')];
    await Promise.all([a, ...watchers].map((p) => whenSynced(p)));
    a.provider.awareness.setLocalStateField('cursor', 'here');
    const id = a.doc.clientID;
    // Back to the same instance, then (as behind a load balancer) to the other one.
    for (const next of [one, two]) {
      for (const w of watchers) await vi.waitFor(() => expect(stateOf(w, id)?.cursor).toBe('here'), { timeout: 3_000 });
      a.provider.serverUrl = next.wsUrl;
      a.provider.ws?.close();
      for (const w of watchers) {
        await vi.waitFor(() => expect(w.provider.awareness.getStates().has(id)).toBe(false), { timeout: 3_000 });
      }
    }
    for (const w of watchers) await vi.waitFor(() => expect(stateOf(w, id)?.cursor).toBe('here'), { timeout: 3_000 });
  });

  it('opens a complete document on one instance after edits on another', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'scale2' };
    const [one, two] = await Promise.all([server(env), server(env)]);
    const a = await peer(one, 'late-open');
    const witness = await peer(one, 'late-open');
    await Promise.all([whenSynced(a), whenSynced(witness)]);
    for (let i = 0; i < 50; i++) appendInDraft(a.doc, `${i};`);
    const all = Array.from({ length: 50 }, (_, i) => `${i};`).join('');
    // Relayed only once stored: when the witness has every edit, Redis has them.
    await waitFor(() => textAt(witness.doc) === all, 'every edit on instance one');
    const b = await peer(two, 'late-open');
    await whenSynced(b);
    expect(textAt(b.doc)).toBe(all);
    expect(sameDocument(b.doc, a.doc)).toBe(true);
  });

  it('gives clients of an instance that opens a room while another instance stores edits in it exactly that document', async () => {
    // Regression guard for the publish-only-to-peers handshake: an edit stored on one instance between the
    // other's read of the store and its first bus message must still reach the other's clients.
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'scale-race' };
    const [one, two] = await Promise.all([server(env), server(env)]);
    for (const room of ['race-1', 'race-2', 'race-3', 'race-4']) {
      const a = await peer(one, room);
      await whenSynced(a);
      let i = 0;
      const writing = setInterval(() => appendInDraft(a.doc, `${i++};`), 2);
      try {
        await new Promise((r) => setTimeout(r, 30 + Math.random() * 30));
        const b = await peer(two, room);
        await whenSynced(b);
        const atSync = i;
        await waitFor(() => i >= atSync + 50, 'edits on one after the other opened the room');
      } finally {
        clearInterval(writing);
      }
      const [, b] = peers.slice(-2) as [Peer, Peer];
      const all = Array.from({ length: i }, (_, k) => `${k};`).join('');
      expect(textAt(a.doc)).toBe(all);
      await waitFor(() => sameDocument(b.doc, a.doc), `${room}: the other instance's client to hold every edit`);
      expect(textAt(b.doc)).toBe(all);
      // And back: what the late instance relays reaches the first one.
      appendInDraft(b.doc, 'from two');
      await waitFor(() => textAt(a.doc) === `${all}from two`, `${room}: an edit from two`);
    }
  });

  it('seeds a consultation draft once when two instances open it at the same moment', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'scale3' };
    const [one, two] = await Promise.all([server(env), server(env)]);
    const [a, b] = await Promise.all([peer(one, 'demo'), peer(two, 'demo')]);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    // An edit made on each instance after seeding reaches the other: a second seed would have crossed first.
    typeInDraft(a.doc, 'on one ');
    typeInDraft(b.doc, 'on two ');
    await waitFor(
      () => sameDocument(a.doc, b.doc) && textAt(a.doc).includes('on one') && textAt(a.doc).includes('on two'),
      'edits to cross',
    );
    const length = (p: Peer) => p.doc.get('root', Y.XmlText).toString().length;
    expect(length(a)).toBeGreaterThan(1000);
    // One author besides the two typists: the server's deterministic seed.
    const authors = [...a.doc.store.clients.keys()].filter((id) => id !== a.doc.clientID && id !== b.doc.clientID);
    expect(authors).toHaveLength(1);
  });
});

describe('Redis Cluster', () => {
  let cluster: RedisClusterProcess;
  beforeAll(async () => {
    cluster = await startRedisCluster();
  });
  afterAll(async () => {
    await cluster.destroy();
  });

  it('stores documents and relays edits between instances on a three-node cluster', async () => {
    const env = { REDIS_URL: cluster.url, REDIS_CLUSTER: 'true', REDIS_PREFIX: 'cl' };
    const [one, two] = await Promise.all([server(env), server(env)]);
    const rooms = ['alpha', 'beta', 'gamma', 'delta'];
    const pairs: (readonly [Peer, Peer])[] = [];
    for (const room of rooms) pairs.push([await peer(one, room), await peer(two, room)] as const);
    await Promise.all(pairs.flat().map((p) => whenSynced(p)));
    for (const [a, b] of pairs) {
      typeInDraft(a.doc, 'A');
      typeInDraft(b.doc, 'B');
    }
    for (const [a, b] of pairs) {
      await waitFor(() => textAt(a.doc).length === 2 && textAt(b.doc).length === 2, 'cluster relay');
    }
    for (const p of peers.splice(0)) p.destroy();
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    const three = await server(env);
    for (const room of rooms) {
      const c = await peer(three, room);
      await whenSynced(c);
      expect(textAt(c.doc), `reload of ${room} from the cluster`).toMatch(/^(AB|BA)$/);
    }
  });
});
