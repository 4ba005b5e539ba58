import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendDecision,
  lockFor,
  observeMeeting,
  readAgenda,
  readDecisions,
  readLocks,
  readMeeting,
  readQueue,
  writeAgendaCurrent,
  writeAgendaPlan,
  writeAttendanceEntry,
  writeFloor,
  writeLock,
  writeQueueEntry,
  writeSpotlight,
  writeStatement,
} from './meetingDoc.ts';
import { amina, fatou } from './testPeople.ts';

const T0 = '2026-11-27T09:00:00.000Z';
const T1 = '2026-11-27T09:05:00.000Z';

/** A follower's copy: what a client receives of `doc` over the wire. */
function followerOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('the meeting document', () => {
  it('reads back on a follower’s copy everything the server wrote', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      writeSpotlight(doc, { target: { kind: 'indicator', indicatorId: '2.4' }, by: fatou, at: T0 });
      writeAgendaPlan(doc, [{ id: 'domain:2', target: { kind: 'domain', domain: 2 }, minutes: 45 }], fatou, T0);
      writeAgendaCurrent(doc, { itemId: 'domain:2', startedAt: T1, by: fatou });
      writeQueueEntry(doc, { person: amina, target: { kind: 'indicator', indicatorId: '2.4' }, raisedAt: T1 });
      writeFloor(doc, { person: fatou, target: null, since: T1, by: fatou });
      writeLock(doc, { target: { kind: 'domain', domain: 1 }, by: fatou, at: T1 });
      writeAttendanceEntry(doc, { person: amina, mode: 'remote', present: true, joinedAt: T0, leftAt: null });
      appendDecision(doc, {
        kind: 'status',
        id: 'd1',
        at: T1,
        by: fatou,
        indicatorId: '2.4',
        from: 'not-discussed',
        to: 'agreed',
      });
      writeStatement(doc, 'd1', { text: 'Agreed as drafted.', by: fatou, at: T1 });
    });
    const follower = readMeeting(followerOf(doc));
    expect(follower).toEqual(readMeeting(doc));
    expect(follower).toEqual({
      spotlight: { target: { kind: 'indicator', indicatorId: '2.4' }, by: fatou, at: T0 },
      agenda: {
        items: [{ id: 'domain:2', target: { kind: 'domain', domain: 2 }, minutes: 45 }],
        current: { itemId: 'domain:2', startedAt: T1, by: fatou },
        plannedBy: fatou,
        plannedAt: T0,
      },
      queue: [{ person: amina, target: { kind: 'indicator', indicatorId: '2.4' }, raisedAt: T1 }],
      floor: { person: fatou, target: null, since: T1, by: fatou },
      locks: [{ target: { kind: 'domain', domain: 1 }, by: fatou, at: T1 }],
      attendance: [{ person: amina, mode: 'remote', present: true, joinedAt: T0, leftAt: null }],
      decisions: [
        {
          kind: 'status',
          id: 'd1',
          at: T1,
          by: fatou,
          indicatorId: '2.4',
          from: 'not-discussed',
          to: 'agreed',
          statement: { text: 'Agreed as drafted.', by: fatou, at: T1 },
        },
      ],
    });
  });

  it('is empty when nothing was written', () => {
    expect(readMeeting(new Y.Doc())).toEqual({
      spotlight: null,
      agenda: { items: [], current: null, plannedBy: null, plannedAt: null },
      queue: [],
      floor: null,
      locks: [],
      attendance: [],
      decisions: [],
    });
  });

  it('skips values it cannot read instead of failing', () => {
    const doc = new Y.Doc();
    doc.getMap('locks').set('indicator:1.1', { target: 'everything' });
    doc.getArray('decisions').push([{ kind: 'coronation' }]);
    writeLock(doc, { target: { kind: 'indicator', indicatorId: '1.2' }, by: fatou, at: T0 });
    expect(readLocks(doc).map((l) => l.target)).toEqual([{ kind: 'indicator', indicatorId: '1.2' }]);
    expect(readDecisions(doc)).toEqual([]);
    expect(lockFor(doc, '1.1')).toBeNull();
  });

  it('finds the lock that holds an indicator: its own, else its domain’s', () => {
    const doc = new Y.Doc();
    writeLock(doc, { target: { kind: 'domain', domain: 2 }, by: fatou, at: T0 });
    writeLock(doc, { target: { kind: 'indicator', indicatorId: '2.4' }, by: amina, at: T1 });
    expect(lockFor(doc, '2.4')?.by).toEqual(amina);
    expect(lockFor(doc, '2.5')?.target).toEqual({ kind: 'domain', domain: 2 });
    expect(lockFor(doc, '3.1')).toBeNull();
    expect(lockFor(doc, 'not-an-id')).toBeNull();
  });

  it('forgets a current agenda item that left the plan', () => {
    const doc = new Y.Doc();
    writeAgendaPlan(doc, [{ id: 'domain:2', target: { kind: 'domain', domain: 2 }, minutes: 45 }], fatou, T0);
    writeAgendaCurrent(doc, { itemId: 'domain:3', startedAt: T1, by: fatou });
    expect(readAgenda(doc).current).toBeNull();
  });

  it('keeps both instances’ hands and decisions when their changes cross', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    writeQueueEntry(one, { person: amina, target: null, raisedAt: T1 });
    appendDecision(one, { kind: 'spotlight', id: 'a', at: T0, by: fatou, target: null });
    writeQueueEntry(two, { person: fatou, target: null, raisedAt: T0 });
    appendDecision(two, { kind: 'spotlight', id: 'b', at: T1, by: fatou, target: null });
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    expect(readQueue(one).map((e) => e.person.personId)).toEqual(['inv-fatou', 'inv-amina']);
    expect(readMeeting(one)).toEqual(readMeeting(two));
    expect(
      readDecisions(one)
        .map((d) => d.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('tells an observer once per transaction, with its origin, until it stops', () => {
    const server = new Y.Doc();
    const follower = new Y.Doc();
    const origins: unknown[] = [];
    const stop = observeMeeting(follower, (origin) => origins.push(origin));
    server.on('update', (update: Uint8Array) => Y.applyUpdate(follower, update, 'wire'));
    server.transact(() => {
      writeSpotlight(server, { target: { kind: 'section', section: 'summary' }, by: fatou, at: T0 });
      writeQueueEntry(server, { person: amina, target: null, raisedAt: T0 });
      appendDecision(server, { kind: 'spotlight', id: 'x', at: T0, by: fatou, target: null });
    });
    expect(origins).toEqual(['wire']);
    stop();
    writeFloor(server, null);
    writeQueueEntry(server, { person: fatou, target: null, raisedAt: T1 });
    expect(origins).toEqual(['wire']);
  });
});
