import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeLifecycleStatus } from './lifecycleDoc.ts';
import { targetKey } from './MeetingTarget.ts';
import {
  appendDecision,
  clearQueueEntries,
  deleteLock,
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
      writeLifecycleStatus(doc, 'in-consultation');
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
      lifecycle: 'in-consultation',
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
      lifecycle: null,
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

describe('the meeting document, item by item', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 9, minute)).toISOString();
  const lock = (target: Parameters<typeof writeLock>[1]['target'], minute: number) => ({
    target,
    by: fatou,
    at: at(minute),
  });

  it('lists locks oldest first, then by target, and removes exactly the one named', () => {
    const doc = new Y.Doc();
    writeLock(doc, lock({ kind: 'indicator', indicatorId: '2.1' }, 5));
    writeLock(doc, lock({ kind: 'domain', domain: 3 }, 1));
    writeLock(doc, lock({ kind: 'domain', domain: 2 }, 5));
    expect(readLocks(doc).map((l) => targetKey(l.target))).toEqual(['domain:3', 'domain:2', 'indicator:2.1']);
    expect(deleteLock(doc, { kind: 'domain', domain: 2 })).toBe(true);
    expect(deleteLock(doc, { kind: 'domain', domain: 2 })).toBe(false);
    expect(readLocks(doc).map((l) => targetKey(l.target))).toEqual(['domain:3', 'indicator:2.1']);
  });

  it('finds an indicator’s lock on itself or on its domain, and none for an id of no domain', () => {
    const doc = new Y.Doc();
    writeLock(doc, lock({ kind: 'domain', domain: 3 }, 1));
    expect(lockFor(doc, '3.4')?.target).toEqual({ kind: 'domain', domain: 3 });
    expect(lockFor(doc, '4.1')).toBeNull();
    expect(lockFor(doc, 'x')).toBeNull();
  });

  it('lists attendance by organisation, then by name', () => {
    const doc = new Y.Doc();
    const entry = (person: typeof amina) => ({ person, mode: null, present: true, joinedAt: at(0), leftAt: null });
    writeAttendanceEntry(doc, entry({ ...amina, personId: 'z', name: 'Zoe' }));
    writeAttendanceEntry(doc, entry(fatou));
    writeAttendanceEntry(doc, entry(amina));
    expect(readMeeting(doc).attendance.map((a) => a.person.name)).toEqual(['Fatou Ndiaye', 'Amina Diallo', 'Zoe']);
  });

  it('lowers every hand at once, saying how many were raised', () => {
    const doc = new Y.Doc();
    writeQueueEntry(doc, { person: amina, target: null, raisedAt: at(1) });
    writeQueueEntry(doc, { person: fatou, target: null, raisedAt: at(2) });
    expect(clearQueueEntries(doc)).toBe(2);
    expect(readQueue(doc)).toEqual([]);
    expect(clearQueueEntries(doc)).toBe(0);
  });

  it('removes a cleared value instead of keeping an empty one', () => {
    const doc = new Y.Doc();
    writeSpotlight(doc, { target: { kind: 'domain', domain: 1 }, by: fatou, at: at(0) });
    writeSpotlight(doc, null);
    expect(doc.getMap('meeting').has('spotlight')).toBe(false);
  });

  it('tells its observer about a change to any part, once per transaction', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    const stop = observeMeeting(doc, (origin) => origins.push(origin));
    doc.transact(() => writeSpotlight(doc, { target: { kind: 'domain', domain: 1 }, by: fatou, at: at(0) }), 'a');
    doc.transact(() => writeQueueEntry(doc, { person: amina, target: null, raisedAt: at(1) }), 'b');
    doc.transact(() => writeLock(doc, lock({ kind: 'domain', domain: 1 }, 2)), 'c');
    doc.transact(
      () => writeAttendanceEntry(doc, { person: amina, mode: null, present: true, joinedAt: at(0), leftAt: null }),
      'd',
    );
    doc.transact(() => writeStatement(doc, 'd1', { text: 'Agreed.', by: fatou, at: at(3) }), 'e');
    doc.transact(() => {
      appendDecision(doc, { id: 'd2', kind: 'spotlight', target: null, by: fatou, at: at(4) });
      writeFloor(doc, null);
      writeQueueEntry(doc, { person: fatou, target: null, raisedAt: at(5) });
    }, 'f');
    doc.transact(() => writeLifecycleStatus(doc, 'validated'), 'g');
    expect(readMeeting(doc).lifecycle).toBe('validated');
    stop();
    doc.transact(() => writeSpotlight(doc, null), 'after');
    expect(origins).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
