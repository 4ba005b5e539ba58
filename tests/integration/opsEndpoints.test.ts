import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_OPERATIONS } from '../../server/src/ops/apiOperations.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { openRoom } from '../helpers/members.ts';
import { connectPeer, waitFor, whenSynced } from '../helpers/providers.ts';

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer();
});
afterAll(async () => {
  await server.close();
});

/** The value of an unlabelled (or first matching) sample in Prometheus text. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `) || l.startsWith(`${name}${labels}{`));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics', () => {
  it('counts connections, loaded rooms, updates in and out, store latency and event-loop lag', async () => {
    const { room, params } = await openRoom(server, 'metrics-room', 'participant');
    const writer = connectPeer(server.wsUrl, room, { params });
    const reader = connectPeer(server.wsUrl, room, { params });
    try {
      await Promise.all([whenSynced(writer), whenSynced(reader)]);
      await waitFor(() => (server.rooms.get(room)?.connections.size ?? 0) >= 1, 'connections');
      const res = await fetch(`${server.url}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      const text = await res.text();
      expect(sample(text, 'roundtable_connections')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'roundtable_rooms_loaded')).toBeGreaterThanOrEqual(1);
      expect(text).toContain('roundtable_updates_in_total');
      expect(text).toContain('roundtable_updates_out_total');
      expect(text).toContain('roundtable_store_append_seconds_bucket');
      expect(text).toContain('roundtable_refused_total');
      expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    } finally {
      writer.destroy();
      reader.destroy();
    }
  });

  it('counts an accepted update in, its relay out and its store append', async () => {
    const before = await (await fetch(`${server.url}/metrics`)).text();
    const { room, params } = await openRoom(server, 'metrics-count', 'participant');
    const a = connectPeer(server.wsUrl, room, { params });
    const b = connectPeer(server.wsUrl, room, { params });
    try {
      await Promise.all([whenSynced(a), whenSynced(b)]);
      // A server change goes through the same store-then-relay path as a client's update.
      const serverRoom = server.rooms.get(room);
      if (!serverRoom) throw new Error('room not loaded');
      await serverRoom.applyServerChange((doc) => doc.getMap('ops-test').set('k', 1));
      await waitFor(() => b.doc.getMap('ops-test').get('k') === 1, 'the relayed change');
      const after = await (await fetch(`${server.url}/metrics`)).text();
      expect(sample(after, 'roundtable_updates_out_total') ?? 0).toBeGreaterThan(
        sample(before, 'roundtable_updates_out_total') ?? 0,
      );
      expect(sample(after, 'roundtable_store_append_seconds_count', '{result="ok"}') ?? 0).toBeGreaterThan(
        sample(before, 'roundtable_store_append_seconds_count', '{result="ok"}') ?? 0,
      );
    } finally {
      a.destroy();
      b.destroy();
    }
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with JSON schemas for request bodies', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const invite = doc.paths['/api/consultations/{id}/invitations'].post;
    const body = invite.requestBody.content['application/json'].schema;
    expect(body.type).toBe('object');
    expect(body.required).toEqual(expect.arrayContaining(['name', 'organisation', 'role']));
    // strictObject: unknown keys refused, as the route refuses them.
    expect(body.additionalProperties).toBe(false);
    expect(invite.responses['201'].content['application/json'].schema.properties.token).toBeDefined();
  });

  it('documents exactly the routes the app mounts', () => {
    const mounted = new Set(
      server.app.routes
        .filter(
          (r) =>
            r.method !== 'ALL' && (r.path.startsWith('/api/') || ['/healthz', '/readyz', '/metrics'].includes(r.path)),
        )
        .map((r) => `${r.method.toLowerCase()} ${r.path}`),
    );
    const documented = new Set(API_OPERATIONS.map((op) => `${op.method} ${op.path}`));
    expect([...mounted].filter((r) => !documented.has(r)).sort()).toEqual([]);
    expect([...documented].filter((r) => !mounted.has(r)).sort()).toEqual([]);
  });
});
