import { lockFor, readQueue, readSpotlight } from '@roundtable/meeting';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectCrafted } from '../helpers/craftedClient.ts';
import { textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { type MeetingConsultation, meetingConsultation } from '../helpers/meetingMembers.ts';
import { accessTo, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { type RedisProcess, startRedis } from '../helpers/redisServer.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';
import { within } from '../helpers/wsOutcome.ts';

/*
 * The meeting is stored like any room: it survives a crash of the server
 * (kill -9) on the embedded store and on Redis, and several instances on one
 * Redis share it live, locks included.
 */

const servers: ServerProcess[] = [];
const peers: Peer[] = [];
const start = async (options: { env?: Record<string, string>; dataDir?: string } = {}) => {
  const s = await startServer({ ...options, env: { ...options.env, ...TEST_AUTH_ENV } });
  servers.push(s);
  return s;
};
const follow = (server: ServerProcess, room: string, token: string) => {
  const peer = connectPeer(server.wsUrl, room, { params: { token } });
  peers.push(peer);
  return peer;
};
afterEach(async () => {
  for (const p of peers.splice(0)) p.destroy();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis({ appendOnly: true });
});
afterAll(async () => {
  await redis?.destroy();
});

/** What a meeting screen shows, without what changes by itself (the server's clock, attendance). */
async function meetingOf(m: MeetingConsultation) {
  const summary = await m.call('observer', 'GET', '/meeting');
  expect(summary.status).toBe(200);
  const { serverTime: _t, attendance: _a, ...rest } = summary.body;
  return { ...rest, decisions: (await m.call('observer', 'GET', '/decisions')).body.decisions };
}

/** A meeting in the middle of a session: something on the table, a decision with its statement, a lock, a hand, an agenda. */
async function runSomeMeeting(m: MeetingConsultation): Promise<void> {
  const steps: [string, string, unknown, Parameters<MeetingConsultation['call']>[0]][] = [
    [
      'PUT',
      '/agenda',
      {
        items: [
          { indicatorId: '2.1', minutes: 10 },
          { domain: 3, minutes: 40 },
        ],
      },
      'facilitator',
    ],
    ['POST', '/agenda/next', undefined, 'facilitator'],
    [
      'PUT',
      '/indicators/2.1/status',
      { status: 'agreed-with-changes', statement: 'Agreed with two changes.' },
      'facilitator',
    ],
    ['PUT', '/indicators/2.1/lock', { locked: true }, 'facilitator'],
    ['POST', '/queue', {}, 'participant'],
  ];
  for (const [method, path, body, who] of steps) {
    const res = await m.call(who, method, path, body);
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(200);
  }
}

/** A crafted participant types into finding `indicatorId` on `server`: the close, or 'landed' once a follower sees it. */
async function typeInto(
  server: ServerProcess,
  m: MeetingConsultation,
  indicatorId: string,
  text: string,
  witness: Peer,
) {
  const client = await connectCrafted(server.wsUrl, `${m.id}:draft`, m.members.participant.token);
  client.send((doc) => typeInDraft(doc, text, 0, { indicatorId }));
  const landed = waitFor(() => textAt(witness.doc, { indicatorId }).startsWith(text), 'the edit', 5_000).then(
    () => 'landed' as const,
  );
  const outcome = await within(Promise.race([client.closed, landed]), 6_000, 'a refusal or the edit');
  client.raw.ws.close();
  return outcome;
}

const backends = [
  { name: 'the embedded store', env: () => ({}) },
  { name: 'Redis', env: () => ({ REDIS_URL: redis.url, REDIS_PREFIX: 'meeting-durable' }) },
];

describe.each(backends)('the meeting after a crash of the server, with $name', ({ env }) => {
  it('comes back as it was, and its lock still holds the draft', async () => {
    const first = await start({ env: env() });
    const m = await meetingConsultation(accessTo(first), 'meet-crash');
    await runSomeMeeting(m);
    const before = await meetingOf(m);
    expect(before.spotlight.target).toEqual({ kind: 'indicator', indicatorId: '2.1' });
    expect(before.decisions.map((d: { kind: string }) => d.kind)).toEqual(['spotlight', 'status', 'lock']);
    // Every answer came after its change was stored: nothing is lost to a crash.
    await first.kill();

    const second = await start({ env: env(), dataDir: first.dataDir });
    expect(await meetingOf(m.on(accessTo(second)))).toEqual(before);
    const witness = follow(second, `${m.id}:draft`, m.members.facilitator.token);
    await whenSynced(witness);
    expect(await typeInto(second, m, '2.1', 'After the crash. ', witness)).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: indicator 2.1 is locked in the meeting',
    });
    expect(await typeInto(second, m, '2.2', 'Open after the crash. ', witness)).toBe('landed');
  });
});

describe('two instances on one Redis', () => {
  it('share the meeting live: a lock made on one holds the draft on the other, a hand raised on the other shows on the first', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'meeting-scale' };
    const [one, two] = await Promise.all([start({ env }), start({ env })]);
    const m = await meetingConsultation(accessTo(one), 'meet-scale');
    const onTwo = m.on(accessTo(two));
    const followerOnTwo = follow(two, `${m.id}:meeting`, m.members.observer.token);
    const witnessOnTwo = follow(two, `${m.id}:draft`, m.members.facilitator.token);
    await Promise.all([whenSynced(followerOnTwo), whenSynced(witnessOnTwo)]);

    expect((await m.call('facilitator', 'PUT', '/spotlight', { indicatorId: '4.2' })).status).toBe(200);
    expect((await m.call('facilitator', 'PUT', '/indicators/4.2/lock', { locked: true })).status).toBe(200);
    await waitFor(() => lockFor(followerOnTwo.doc, '4.2') !== null, 'the lock, on the other instance');
    expect(readSpotlight(followerOnTwo.doc)?.target).toEqual({ kind: 'indicator', indicatorId: '4.2' });
    // The follower reads instance two's meeting room, the one its draft's write policy reads.
    expect(await typeInto(two, m, '4.2', 'Locked on one. ', witnessOnTwo)).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: indicator 4.2 is locked in the meeting',
    });
    expect(await typeInto(two, m, '4.3', 'Open on two. ', witnessOnTwo)).toBe('landed');

    expect((await onTwo.call('participant', 'POST', '/queue', {})).status).toBe(200);
    const followerOnOne = follow(one, `${m.id}:meeting`, m.members.observer.token);
    await whenSynced(followerOnOne);
    await waitFor(() => readQueue(followerOnOne.doc).length === 1, 'the hand, on the first instance');
    expect(readQueue(followerOnOne.doc)[0]?.target).toEqual({ kind: 'indicator', indicatorId: '4.2' });
    const queueOnOne = await m.call('facilitator', 'PUT', '/queue/floor', {});
    expect(queueOnOne.body.floor.person.personId).toBe(m.members.participant.id);

    const decisionsOnTwo = (await onTwo.call('observer', 'GET', '/decisions')).body.decisions;
    expect(decisionsOnTwo.map((d: { kind: string }) => d.kind)).toEqual(['spotlight', 'lock']);

    // Unlocked on two: the first instance's draft takes the edit again.
    expect((await onTwo.call('facilitator', 'PUT', '/indicators/4.2/lock', { locked: false })).status).toBe(200);
    const witnessOnOne = follow(one, `${m.id}:draft`, m.members.facilitator.token);
    await whenSynced(witnessOnOne);
    await waitFor(() => lockFor(followerOnOne.doc, '4.2') === null, 'the unlock, on the first instance');
    expect(await typeInto(one, m, '4.2', 'Unlocked on two. ', witnessOnOne)).toBe('landed');
  });
});
