import {
  agendaResponseSchema,
  attendanceResponseSchema,
  type Decision,
  decisionListSchema,
  lockFor,
  meetingSummarySchema,
  queueResponseSchema,
  readAgenda,
  readAttendance,
  readFloor,
  readQueue,
  readSpotlight,
  writeLock,
} from '@roundtable/meeting';
import { demoConsultation } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectCrafted } from '../helpers/craftedClient.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { type MeetingConsultation, meetingConsultation } from '../helpers/meetingMembers.ts';
import { type Invited, invite } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { within } from '../helpers/wsOutcome.ts';

/*
 * The meeting as everyone follows it: changes made through the API reach a
 * follower of the meeting room live; the room refuses writes from clients;
 * the decision log and the minutes hold what happened; attendance follows
 * connections. Permissions and input: meetingApi.test.ts.
 */

let server: InProcessServer;
let m: MeetingConsultation;
let follower: Peer;
const peers: Peer[] = [];
const meetingRoom = () => server.rooms.get(`${m.id}:meeting`)?.doc;
const follow = (room: string, token: string) => {
  const peer = connectPeer(server.wsUrl, room, { params: { token } });
  peers.push(peer);
  return peer;
};

beforeAll(async () => {
  server = await startInProcessServer({
    auth: { secret: 'meeting-live-secret-0123456789', adminToken: 'meeting-live-admin-0123456789' },
    sessionSweepMs: 100,
    attendance: { leaveGraceMs: 300, sweepMs: 150 },
  });
  m = await meetingConsultation(server, 'meet-live');
  // The facilitator and the participant follow the draft, the observer the meeting (as a projector would).
  const draft = [
    follow(`${m.id}:draft`, m.members.facilitator.token),
    follow(`${m.id}:draft`, m.members.participant.token),
  ];
  follower = follow(`${m.id}:meeting`, m.members.observer.token);
  await Promise.all([...draft, follower].map((p) => whenSynced(p)));
});
afterAll(async () => {
  for (const p of peers.splice(0)) p.destroy();
  await server?.close();
});

describe('a follower of the meeting room', () => {
  it('sees the spotlight, a lock, a raised hand, the floor and the agenda change live', async () => {
    const put = await m.call('facilitator', 'PUT', '/spotlight', { indicatorId: '3.2' });
    expect(put.status).toBe(200);
    // Stored before the answer: the server's document already holds it.
    expect(readSpotlight(meetingRoom() as Y.Doc)?.target).toEqual({ kind: 'indicator', indicatorId: '3.2' });
    await waitFor(() => readSpotlight(follower.doc)?.target.kind === 'indicator', 'the spotlight, live');
    expect(readSpotlight(follower.doc)).toEqual(put.body.spotlight);

    await m.call('facilitator', 'PUT', '/indicators/3.2/lock', { locked: true });
    await waitFor(() => lockFor(follower.doc, '3.2') !== null, 'the lock, live');
    expect(lockFor(follower.doc, '3.2')?.by.personId).toBe(m.members.facilitator.id);

    await m.call('participant', 'POST', '/queue', {});
    await waitFor(() => readQueue(follower.doc).length === 1, 'the raised hand, live');
    expect(readQueue(follower.doc)[0]).toMatchObject({
      person: { personId: m.members.participant.id, organisation: 'Ministry of Interior' },
      target: { kind: 'indicator', indicatorId: '3.2' },
    });

    await m.call('facilitator', 'PUT', '/queue/floor', {});
    await waitFor(() => readFloor(follower.doc) !== null, 'the floor, live');
    expect(readFloor(follower.doc)?.person.personId).toBe(m.members.participant.id);
    expect(readQueue(follower.doc)).toEqual([]);

    await m.call('facilitator', 'PUT', '/agenda', {
      items: [
        { domain: 3, minutes: 40 },
        { section: 'context', minutes: 10 },
      ],
    });
    await waitFor(() => readAgenda(follower.doc).items.length === 2, 'the agenda, live');

    await m.call('facilitator', 'PUT', '/indicators/3.2/lock', { locked: false });
    await waitFor(() => lockFor(follower.doc, '3.2') === null, 'the unlock, live');
  });

  it('may not write into the meeting: 4403, nothing stored or relayed, while the API’s change arrives', async () => {
    const before = Y.encodeStateVector(meetingRoom() as Y.Doc);
    const crafted = await connectCrafted(server.wsUrl, `${m.id}:meeting`, m.members.facilitator.token);
    crafted.send((doc) =>
      writeLock(doc, {
        target: { kind: 'domain', domain: 4 },
        by: { personId: 'forged', name: 'Forged', organisation: 'Forged', organisationId: null, role: 'facilitator' },
        at: new Date().toISOString(),
      }),
    );
    expect(await within(crafted.closed, 5_000, 'the refusal')).toEqual({
      code: CloseCode.Forbidden,
      reason: 'the meeting is written by the server only: use the API',
    });
    expect(Y.encodeStateVector(meetingRoom() as Y.Doc)).toEqual(before);
    // The same lock through the API reaches the follower; the forged one would have arrived first.
    await m.call('facilitator', 'PUT', '/domains/5/lock', { locked: true });
    await waitFor(() => lockFor(follower.doc, '5.1') !== null, 'the API’s lock');
    expect(lockFor(follower.doc, '4.1')).toBeNull();
    expect(lockFor(meetingRoom() as Y.Doc, '4.1')).toBeNull();
    await m.call('facilitator', 'PUT', '/domains/5/lock', { locked: false });
  });
});

/** A decision in one line, to compare logs. */
function line(d: Decision): string {
  const statement = d.statement ? ` “${d.statement.text}”` : '';
  switch (d.kind) {
    case 'status':
      return `status ${d.indicatorId} ${d.from} → ${d.to}${statement}`;
    case 'thread-resolved':
      return `thread ${d.indicatorId} resolved ${d.outcome}${statement}`;
    case 'thread-reopened':
      return `thread ${d.indicatorId} reopened${statement}`;
    case 'lock':
    case 'unlock':
      return `${d.kind} ${JSON.stringify(d.target)}${statement}`;
    case 'spotlight':
      return `spotlight ${JSON.stringify(d.target)}${statement}`;
  }
}

describe('the decision log and the minutes', () => {
  it('records every status change, resolution, lock, unlock and spotlight move with who and when, and the minutes list it all', async () => {
    const fresh = await meetingConsultation(server, 'meet-log');
    const { call, members } = fresh;
    const people = [
      follow(`${fresh.id}:draft`, members.facilitator.token),
      follow(`${fresh.id}:threads`, members.participant.token),
    ];
    await Promise.all(people.map((p) => whenSynced(p)));
    const ok = async (res: Promise<{ status: number; body: unknown }>) => {
      const answer = await res;
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
      // biome-ignore lint/suspicious/noExplicitAny: the answer's shape is the route's
      return answer.body as any;
    };

    await ok(call('facilitator', 'PUT', '/spotlight', { indicatorId: '1.1' }));
    await ok(call('facilitator', 'PUT', '/indicators/1.1/status', { status: 'under-discussion' }));
    const thread = await ok(
      call('participant', 'POST', '/threads', {
        indicatorId: '1.1',
        type: 'factual-correction',
        body: 'Decree 5 applies since 2024.',
      }),
    );
    await ok(call('facilitator', 'POST', `/threads/${thread.id}/resolve`, { outcome: 'accepted', response: 'Added.' }));
    const agreed = await ok(
      call('facilitator', 'PUT', '/indicators/1.1/status', {
        status: 'agreed',
        statement: 'Agreed with the correction.',
      }),
    );
    await ok(call('facilitator', 'PUT', '/indicators/1.1/lock', { locked: true }));
    await ok(call('facilitator', 'PUT', '/indicators/1.1/lock', { locked: false }));
    await ok(call('facilitator', 'POST', `/threads/${thread.id}/reopen`));
    await ok(
      call('facilitator', 'POST', `/threads/${thread.id}/resolve`, {
        outcome: 'accepted-with-changes',
        response: 'Reworded.',
      }),
    );
    await ok(call('facilitator', 'PUT', '/domains/2/lock', { locked: true }));
    await ok(call('facilitator', 'PUT', '/agenda', { items: [{ domain: 2, minutes: 30 }] }));
    await ok(call('facilitator', 'POST', '/agenda/next'));
    const edited = await ok(
      call('facilitator', 'PUT', `/decisions/${agreed.decision.id}/statement`, {
        statement: 'Agreed, with the correction of the\nMinistry of Interior.',
      }),
    );
    expect(edited.statement.text).toBe('Agreed, with the correction of the Ministry of Interior.');

    const { decisions } = decisionListSchema.parse(await ok(call('observer', 'GET', '/decisions')));
    expect(decisions.map(line)).toEqual([
      'spotlight {"kind":"indicator","indicatorId":"1.1"}',
      'status 1.1 agreed → under-discussion',
      'thread 1.1 resolved accepted',
      'status 1.1 under-discussion → agreed “Agreed, with the correction of the Ministry of Interior.”',
      'lock {"kind":"indicator","indicatorId":"1.1"}',
      'unlock {"kind":"indicator","indicatorId":"1.1"}',
      'thread 1.1 reopened',
      'thread 1.1 resolved accepted-with-changes',
      'lock {"kind":"domain","domain":2}',
      'spotlight {"kind":"domain","domain":2}',
    ]);
    for (const d of decisions) {
      expect(d.by).toEqual({
        personId: members.facilitator.id,
        name: 'Meeting facilitator',
        organisation: 'IOM Veloria Office',
        organisationId: 'iom-veloria',
        role: 'facilitator',
      });
    }
    const times = decisions.map((d) => d.at);
    expect([...times].sort()).toEqual(times);

    // Every answer is in the shape of the shared schemas the client parses it with.
    const summary = meetingSummarySchema.parse(await ok(call('participant', 'GET', '/meeting')));
    agendaResponseSchema.parse(await ok(call('participant', 'GET', '/agenda')));
    queueResponseSchema.parse(await ok(call('participant', 'GET', '/queue')));
    attendanceResponseSchema.parse(await ok(call('participant', 'GET', '/attendance')));
    // The demo profile comes with statuses; 1.1 went back to where it started (agreed).
    const discussed = demoConsultation.indicators.filter((i) =>
      ['agreed', 'agreed-with-changes', 'contested', 'deferred'].includes(i.status),
    );
    expect(summary.progress).toMatchObject({ total: 94, discussed: discussed.length });
    expect(summary.progress.domains[0]).toMatchObject({
      code: 1,
      discussed: discussed.filter((i) => i.domain === 1).length,
    });
    expect(summary.spotlight?.target).toEqual({ kind: 'domain', domain: 2 });
    expect(summary.locks.map((l) => l.target)).toEqual([{ kind: 'domain', domain: 2 }]);
    expect(summary.decisionCount).toBe(decisions.length);

    const minutes = await call('facilitator', 'GET', '/minutes');
    expect(minutes.status).toBe(200);
    expect(minutes.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(minutes.headers.get('content-disposition')).toMatch(
      /^attachment; filename="meet-log-minutes-\d{4}-\d{2}-\d{2}\.md"$/,
    );
    const text = String(minutes.body);
    expect(text).toContain('## Attendance');
    expect(text).toMatch(
      /### IOM Veloria Office\n\n- Meeting facilitator, facilitator, mode not stated, \d\d:\d\d–present\n/,
    );
    expect(text).toMatch(
      /### Ministry of Interior\n\n- Meeting participant, participant, mode not stated, \d\d:\d\d–present\n/,
    );
    expect(text).toMatch(/Invited but absent: [^\n]*Ministry of Health/);
    expect(text).toContain(`${discussed.length} of 94 indicators discussed`);
    const indicator = text.slice(
      text.indexOf('#### 1.1 '),
      text.indexOf('\n\n', text.indexOf('- Status:', text.indexOf('#### 1.1 '))),
    );
    expect(indicator).toContain('- Status: **Agreed**\n');
    expect(indicator).toContain('- Decision: Agreed, with the correction of the Ministry of Interior.\n');
    expect(indicator).toContain(
      '- Factual correction from Meeting participant (Ministry of Interior): “Decree 5 applies since 2024.” **Accepted with changes**. Reworded.',
    );
    expect(text).toContain('### Domain 2: Whole-of-government approach\n\nThe whole domain is locked.\n');
    const log = text.slice(text.indexOf('## Decision log'));
    expect(log.split('\n').filter((row) => /^\| \d\d:\d\d \|/.test(row))).toHaveLength(decisions.length);
    expect(log).toContain('| 1.1 ');
    expect(log).toContain('Locked Domain 2: Whole-of-government approach');

    // The same minutes as a Word document, read back with mammoth.
    const docx = await fetch(`${server.url}/api/consultations/${fresh.id}/minutes.docx`, {
      headers: { authorization: `Bearer ${members.facilitator.token}` },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toMatch(
      /^attachment; filename="meet-log-minutes-\d{4}-\d{2}-\d{2}\.docx"$/,
    );
    const { value: words } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(words).toContain('Attendance');
    expect(words).toContain('Status: Agreed');
    expect(words).toContain('Decision: Agreed, with the correction of the Ministry of Interior.');
    expect(words).toContain('“Decree 5 applies since 2024.” Accepted with changes. Reworded.');
    expect(words).toContain('Locked Domain 2: Whole-of-government approach');
    expect(words).not.toContain('**');
  });
});

describe('attendance', () => {
  let guest: Invited;
  beforeAll(async () => {
    guest = await invite(server, m.id, { role: 'commenter', name: 'Guest of Labour', organisation: 'min-labour' });
  });
  const labourIn = async () => {
    const res = await m.call('observer', 'GET', '/attendance');
    expect(res.status).toBe(200);
    return res.body as {
      organisations: {
        organisation: { name: string };
        people: {
          person: { personId: string };
          present: boolean;
          mode: string | null;
          joinedAt: string | null;
          leftAt: string | null;
        }[];
        attending: number;
        inRoom: number;
      }[];
      absent: { name: string }[];
    };
  };
  const labour = (report: Awaited<ReturnType<typeof labourIn>>) =>
    report.organisations.find((o) => o.organisation.name === 'Ministry of Labour and Social Protection');

  it('lists who is connected by organisation, with the mode they declare, and when they left', async () => {
    expect((await labourIn()).absent.map((o) => o.name)).toContain('Ministry of Labour and Social Protection');
    const draft = follow(`${m.id}:draft`, guest.token);
    const threads = follow(`${m.id}:threads`, guest.token);
    await Promise.all([whenSynced(draft), whenSynced(threads)]);
    await waitFor(
      () => readAttendance(follower.doc).some((a) => a.person.personId === guest.id && a.present),
      'the arrival, live in the meeting room',
    );
    const present = await labourIn();
    expect(labour(present)).toMatchObject({ attending: 1, people: [{ present: true, mode: null, leftAt: null }] });
    expect(present.absent.map((o) => o.name)).not.toContain('Ministry of Labour and Social Protection');
    // Observers and other absent organisations are listed too.
    expect(present.absent.map((o) => o.name)).toContain('Ministry of Health');

    const declared = await m.call({ token: guest.token }, 'PUT', '/attendance/me', { mode: 'in-room' });
    expect(declared.body.attendance).toMatchObject({ mode: 'in-room', present: true });
    expect(labour(await labourIn())).toMatchObject({ inRoom: 1 });

    draft.destroy();
    threads.destroy();
    await waitFor(
      () => readAttendance(follower.doc).some((a) => a.person.personId === guest.id && !a.present),
      'the departure',
    );
    const gone = await labourIn();
    const entry = labour(gone)?.people[0];
    expect(entry).toMatchObject({ present: false, mode: 'in-room' });
    expect(Date.parse(entry?.leftAt ?? '')).toBeGreaterThanOrEqual(Date.parse(entry?.joinedAt ?? ''));
    expect(gone.absent.map((o) => o.name)).toContain('Ministry of Labour and Social Protection');

    const back = follow(`${m.id}:draft`, guest.token);
    await whenSynced(back);
    await waitFor(
      () => readAttendance(follower.doc).some((a) => a.person.personId === guest.id && a.present),
      'the return',
    );
    expect(labour(await labourIn())?.people[0]).toMatchObject({
      present: true,
      leftAt: null,
      joinedAt: entry?.joinedAt,
    });
  });
});
