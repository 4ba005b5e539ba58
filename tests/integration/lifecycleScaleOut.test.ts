import { readLifecycleStatus } from '@roundtable/meeting';
import { meetingRoomOf } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../server/src/log.ts';
import type { Backend } from '../../server/src/storage/Backend.ts';
import { createRedisBackend } from '../../server/src/storage/redis/createRedisBackend.ts';
import { connectCrafted } from '../helpers/craftedClient.ts';
import { textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, invite } from '../helpers/members.ts';
import { type RedisProcess, startRedis } from '../helpers/redisServer.ts';
import { within } from '../helpers/wsOutcome.ts';

/*
 * Two instances behind one real Redis: a lifecycle move made on one closes
 * the draft on the other (the status travels in the meeting document over
 * the bus), and versions saved on one are listed and compared on the other.
 */

const AUTH = { secret: 'scale-lifecycle-secret-0123456789', adminToken: 'scale-lifecycle-admin-0123456789' };
let redis: RedisProcess;
const backends: Backend[] = [];
const servers: InProcessServer[] = [];

async function instance(): Promise<InProcessServer> {
  const backend = await createRedisBackend({ url: redis.url, prefix: 'lifecycle', logger: silentLogger });
  backends.push(backend);
  const server = await startInProcessServer({ backend, auth: AUTH, roomUnloadGraceMs: 60_000 });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const b of backends) await b.close();
  await redis?.destroy();
});

describe('the lifecycle across instances', () => {
  it('closes the draft on every instance when it is validated on one, and shares the versions', async () => {
    const [one, two] = [await instance(), await instance()];
    const id = 'scale-lifecycle';
    await createConsultation(one, { id, seed: 'demo' });
    const facilitator = await invite(one, id, { role: 'facilitator', name: 'Scale facilitator' });
    const participant = await invite(one, id, { role: 'participant', name: 'Scale participant' });
    const call = (server: InProcessServer, method: string, path: string, body?: unknown) =>
      api(server, `/api/consultations/${id}${path}`, { method, token: facilitator.token, ...(body ? { body } : {}) });

    // The participant edits through the second instance while the draft is open.
    const before = await connectCrafted(two.wsUrl, `${id}:draft`, participant.token);
    before.send((doc) => typeInDraft(doc, 'Open edit. ', 0, { indicatorId: '1.1' }));
    await expect
      .poll(() => textAt(two.rooms.get(`${id}:draft`)?.doc, { indicatorId: '1.1' }), { timeout: 10_000 })
      .toMatch(/^Open edit\. /);
    before.raw.ws.close();

    const saved = await call(one, 'POST', '/versions', { name: 'Before validation' });
    expect(saved.status).toBe(201);
    expect((await call(one, 'PUT', '/lifecycle', { status: 'validated' })).status).toBe(200);
    await expect
      .poll(
        () => {
          const meeting = two.rooms.get(meetingRoomOf(id));
          return meeting ? readLifecycleStatus(meeting.doc) : null;
        },
        { timeout: 10_000 },
      )
      .toBe('validated');

    const late = await connectCrafted(two.wsUrl, `${id}:draft`, participant.token);
    late.send((doc) => typeInDraft(doc, 'Late edit. ', 0, { indicatorId: '1.1' }));
    expect(await within(late.closed, 5_000, 'the second instance to refuse the edit')).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: the consultation is validated: its draft is read-only',
    });
    expect(textAt(two.rooms.get(`${id}:draft`)?.doc, { indicatorId: '1.1' })).toMatch(/^Open edit\. /);

    const listed = await call(two, 'GET', '/versions');
    expect(listed.body.versions.map((v: { name: string }) => v.name)).toEqual(['Before validation']);
    const compared = await call(two, 'GET', `/versions/compare?from=${saved.body.id}&to=current`);
    expect(compared.status).toBe(200);
    expect(compared.body.indicators).toEqual([]);
    expect((await call(two, 'GET', '')).body.status).toBe('validated');
  });
});
