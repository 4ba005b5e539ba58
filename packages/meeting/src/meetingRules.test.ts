import { openThread, reopenThread, resolveThread } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agendaTiming, nextAgendaItem, planAgenda, startAgendaItem } from './agendaRules.ts';
import { declareAttendanceMode, markLeft, markPresent } from './attendanceRules.ts';
import { currentStatusDecision, editStatement, recordStatusChange, recordThreadDecision } from './decisionRules.ts';
import { lockReason, setLock } from './lockRules.ts';
import { MeetingRuleError } from './MeetingRuleError.ts';
import { MAX_AGENDA_ITEMS, MAX_AGENDA_MINUTES, MAX_STATEMENT_LENGTH } from './MeetingState.ts';
import { readAttendanceEntry, readDecisions, readFloor, readQueue, readSpotlight } from './meetingDoc.ts';
import { giveFloor, lowerHand, raiseHand } from './queueRules.ts';
import { moveSpotlight } from './spotlightRules.ts';
import { actAt, amina, boris, fatou } from './testPeople.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof MeetingRuleError ? error.code : `not a MeetingRuleError: ${String(error)}`;
  }
  return undefined;
}

const kinds = (doc: Y.Doc) => readDecisions(doc).map((d) => d.kind);

describe('the spotlight', () => {
  it('records who put what on the table and logs each move once', () => {
    const doc = new Y.Doc();
    const act = actAt(1);
    expect(moveSpotlight(doc, { kind: 'indicator', indicatorId: '1.1' }, act)).toEqual({
      target: { kind: 'indicator', indicatorId: '1.1' },
      by: fatou,
      at: act.at,
    });
    moveSpotlight(doc, { kind: 'indicator', indicatorId: '1.1' }, actAt(2));
    moveSpotlight(doc, null, actAt(3));
    expect(readSpotlight(doc)).toBeNull();
    expect(readDecisions(doc).map((d) => (d.kind === 'spotlight' ? d.target : 'other'))).toEqual([
      { kind: 'indicator', indicatorId: '1.1' },
      null,
    ]);
  });
});

describe('the agenda', () => {
  const items = [
    { target: { kind: 'indicator', indicatorId: '1.1' } as const, minutes: 10 },
    { target: { kind: 'domain', domain: 2 } as const, minutes: 30 },
  ];

  it('moves the spotlight to the next item and starts its time box', () => {
    const doc = new Y.Doc();
    planAgenda(doc, items, actAt(0));
    const first = nextAgendaItem(doc, actAt(1));
    expect(first.current).toMatchObject({ itemId: 'indicator:1.1', startedAt: actAt(1).at });
    expect(readSpotlight(doc)?.target).toEqual({ kind: 'indicator', indicatorId: '1.1' });
    const second = nextAgendaItem(doc, actAt(12));
    expect(second.current?.itemId).toBe('domain:2');
    expect(readSpotlight(doc)?.target).toEqual({ kind: 'domain', domain: 2 });
    expect(kinds(doc)).toEqual(['spotlight', 'spotlight']);
    expect(codeOf(() => nextAgendaItem(doc, actAt(50)))).toBe('conflict');
    expect(codeOf(() => nextAgendaItem(new Y.Doc(), actAt(50)))).toBe('conflict');
  });

  it('times the current item: remaining, then over time', () => {
    const doc = new Y.Doc();
    planAgenda(doc, items, actAt(0));
    const agenda = startAgendaItem(doc, 'domain:2', actAt(10));
    const start = Date.parse(actAt(10).at);
    expect(agendaTiming(agenda, start + 5 * 60_000)).toMatchObject({
      index: 1,
      remainingMs: 25 * 60_000,
      overTime: false,
      endsAt: actAt(40).at,
    });
    expect(agendaTiming(agenda, start + 32 * 60_000)).toMatchObject({ remainingMs: -2 * 60_000, overTime: true });
    expect(agendaTiming(startAgendaItem(doc, null, actAt(45)), start)).toBeNull();
  });

  it('keeps the current item when replanned with it, and drops it when replanned without', () => {
    const doc = new Y.Doc();
    planAgenda(doc, items, actAt(0));
    startAgendaItem(doc, 'domain:2', actAt(1));
    expect(planAgenda(doc, [...items].reverse(), actAt(2)).current?.itemId).toBe('domain:2');
    expect(planAgenda(doc, items.slice(0, 1), actAt(3)).current).toBeNull();
  });

  it('refuses a target listed twice, a time box out of bounds and an unknown item', () => {
    const doc = new Y.Doc();
    expect(codeOf(() => planAgenda(doc, [items[0], items[0]] as typeof items, actAt(0)))).toBe('invalid');
    expect(codeOf(() => planAgenda(doc, [{ ...items[0], minutes: 0 }] as typeof items, actAt(0)))).toBe('invalid');
    expect(codeOf(() => startAgendaItem(doc, 'domain:6', actAt(0)))).toBe('not-found');
  });
});

describe('the speaking queue', () => {
  it('raises a hand on what is on the table by default, keeping its place when raised again', () => {
    const doc = new Y.Doc();
    moveSpotlight(doc, { kind: 'indicator', indicatorId: '3.2' }, actAt(0));
    raiseHand(doc, amina, undefined, actAt(1).at);
    raiseHand(doc, boris, { kind: 'domain', domain: 3 }, actAt(2).at);
    raiseHand(doc, amina, undefined, actAt(3).at);
    expect(readQueue(doc)).toEqual([
      { person: amina, target: { kind: 'indicator', indicatorId: '3.2' }, raisedAt: actAt(1).at },
      { person: boris, target: { kind: 'domain', domain: 3 }, raisedAt: actAt(2).at },
    ]);
  });

  it('gives the floor to the first in the queue or to someone named, taking them out of it', () => {
    const doc = new Y.Doc();
    raiseHand(doc, amina, null, actAt(1).at);
    raiseHand(doc, boris, null, actAt(2).at);
    expect(giveFloor(doc, 'inv-boris', actAt(3))).toMatchObject({ person: boris, by: fatou, since: actAt(3).at });
    expect(giveFloor(doc, undefined, actAt(4)).person).toEqual(amina);
    expect(readFloor(doc)?.person).toEqual(amina);
    expect(readQueue(doc)).toEqual([]);
    expect(codeOf(() => giveFloor(doc, undefined, actAt(5)))).toBe('conflict');
    expect(codeOf(() => giveFloor(doc, 'inv-nobody', actAt(5)))).toBe('not-found');
    raiseHand(doc, boris, null, actAt(6).at);
    expect(lowerHand(doc, 'inv-boris')).toBe(true);
    expect(lowerHand(doc, 'inv-boris')).toBe(false);
  });
});

describe('locks', () => {
  it('locks and unlocks with who and when, logging each change once', () => {
    const doc = new Y.Doc();
    const target = { kind: 'indicator', indicatorId: '1.1' } as const;
    expect(setLock(doc, target, true, actAt(1))).toEqual({
      lock: { target, by: fatou, at: actAt(1).at },
      changed: true,
    });
    expect(setLock(doc, target, true, actAt(2)).changed).toBe(false);
    expect(setLock(doc, target, false, actAt(3))).toEqual({ lock: null, changed: true });
    expect(setLock(doc, target, false, actAt(4)).changed).toBe(false);
    expect(kinds(doc)).toEqual(['lock', 'unlock']);
  });

  it('says why a change is refused, naming a domain lock', () => {
    const by = { by: fatou, at: actAt(0).at };
    expect(lockReason({ target: { kind: 'indicator', indicatorId: '1.1' }, ...by }, '1.1')).toBe(
      'indicator 1.1 is locked in the meeting',
    );
    expect(lockReason({ target: { kind: 'domain', domain: 2 }, ...by }, '2.4')).toBe(
      'domain 2 is locked in the meeting (indicator 2.4)',
    );
  });
});

describe('decisions', () => {
  it('logs a status change with a statement made one line, and edits or removes it', () => {
    const doc = new Y.Doc();
    const decision = recordStatusChange(
      doc,
      { indicatorId: '1.1', from: 'not-discussed', to: 'agreed', statement: '  Agreed,\n adding Decree 5. ' },
      actAt(1),
    );
    expect(decision.statement?.text).toBe('Agreed, adding Decree 5.');
    const edited = editStatement(doc, decision.id, 'Agreed as amended.', actAt(2, amina));
    expect(edited.statement).toEqual({ text: 'Agreed as amended.', by: amina, at: actAt(2).at });
    expect(readDecisions(doc)[0]?.statement?.text).toBe('Agreed as amended.');
    expect(editStatement(doc, decision.id, '   ', actAt(3)).statement).toBeNull();
    expect(readDecisions(doc)[0]?.statement).toBeNull();
    expect(codeOf(() => editStatement(doc, 'nope', 'x', actAt(4)))).toBe('not-found');
    expect(codeOf(() => editStatement(doc, decision.id, 'x'.repeat(301), actAt(4)))).toBe('invalid');
  });

  it('finds the decision an indicator stands on: its last status change', () => {
    const doc = new Y.Doc();
    recordStatusChange(doc, { indicatorId: '1.1', from: 'not-discussed', to: 'under-discussion' }, actAt(1));
    recordStatusChange(doc, { indicatorId: '1.2', from: 'not-discussed', to: 'contested' }, actAt(2));
    const last = recordStatusChange(doc, { indicatorId: '1.1', from: 'under-discussion', to: 'agreed' }, actAt(3));
    expect(currentStatusDecision(readDecisions(doc), '1.1')?.id).toBe(last.id);
    expect(currentStatusDecision(readDecisions(doc), '1.3')).toBeUndefined();
  });

  it('logs a thread resolved with its outcome, and reopened', () => {
    const doc = new Y.Doc();
    const opened = openThread(
      { id: 't1', commentId: 'c1', consultationId: 'demo', indicatorId: '1.4', type: 'update', body: 'New law.' },
      amina,
      actAt(0).at,
    );
    const resolved = resolveThread(opened, { outcome: 'noted', response: 'Will check.' }, fatou, actAt(1).at);
    recordThreadDecision(doc, 'resolved', resolved, actAt(1));
    recordThreadDecision(doc, 'reopened', reopenThread(resolved, fatou, actAt(2).at), actAt(2));
    expect(readDecisions(doc)).toMatchObject([
      { kind: 'thread-resolved', threadId: 't1', indicatorId: '1.4', outcome: 'noted', response: 'Will check.' },
      { kind: 'thread-reopened', threadId: 't1', threadType: 'update' },
    ]);
    expect(codeOf(() => recordThreadDecision(doc, 'resolved', opened, actAt(3)))).toBe('invalid');
  });
});

describe('attendance', () => {
  it('keeps the first arrival and the last departure, and the declared mode', () => {
    const doc = new Y.Doc();
    expect(markPresent(doc, amina, actAt(1).at)).toBe(true);
    expect(markPresent(doc, amina, actAt(2).at)).toBe(false);
    declareAttendanceMode(doc, amina, 'in-room');
    expect(markLeft(doc, 'inv-amina', actAt(30).at)).toBe(true);
    expect(markLeft(doc, 'inv-amina', actAt(31).at)).toBe(false);
    expect(readAttendanceEntry(doc, 'inv-amina')).toEqual({
      person: amina,
      mode: 'in-room',
      present: false,
      joinedAt: actAt(1).at,
      leftAt: actAt(30).at,
    });
    markPresent(doc, amina, actAt(40).at);
    expect(readAttendanceEntry(doc, 'inv-amina')).toMatchObject({ present: true, joinedAt: actAt(1).at, leftAt: null });
  });

  it('records a mode declared before arriving, and a renamed person', () => {
    const doc = new Y.Doc();
    expect(declareAttendanceMode(doc, boris, 'remote')).toEqual({
      person: boris,
      mode: 'remote',
      present: false,
      joinedAt: null,
      leftAt: null,
    });
    expect(markPresent(doc, { ...boris, name: 'Boris P.' }, actAt(1).at)).toBe(true);
    expect(readAttendanceEntry(doc, 'inv-boris')).toMatchObject({ mode: 'remote', person: { name: 'Boris P.' } });
  });
});

describe('refusals', () => {
  /** The error `fn` throws, as the API's JSON error would carry it. */
  function refusalOf(fn: () => unknown): { name: string; code: string; message: string } | undefined {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof MeetingRuleError)) throw error;
      return { name: error.name, code: error.code, message: error.message };
    }
    return undefined;
  }
  const item = (minutes: number, indicatorId = '1.1') => ({
    target: { kind: 'indicator' as const, indicatorId },
    minutes,
  });

  it('says in words what was refused, with the code the API maps', () => {
    const planned = new Y.Doc();
    planAgenda(planned, [item(10)], actAt(0));
    nextAgendaItem(planned, actAt(1));
    const status = recordStatusChange(planned, { indicatorId: '1.1', from: 'agreed', to: 'contested' }, actAt(2));
    const opened = openThread(
      { id: 't9', commentId: 'c9', consultationId: 'demo', indicatorId: '1.4', type: 'update', body: 'New law.' },
      amina,
      actAt(0).at,
    );
    const tooMany = Array.from({ length: MAX_AGENDA_ITEMS + 1 }, (_, i) => item(1, `1.${i + 1}`));
    const cases: [() => unknown, string, string][] = [
      [() => planAgenda(new Y.Doc(), tooMany, actAt(0)), 'invalid', `items: at most ${MAX_AGENDA_ITEMS} agenda items`],
      [
        () => planAgenda(new Y.Doc(), [item(5), item(6)], actAt(0)),
        'invalid',
        'items: indicator 1.1 is on the agenda twice',
      ],
      [
        () => planAgenda(new Y.Doc(), [item(MAX_AGENDA_MINUTES + 1)], actAt(0)),
        'invalid',
        `items: minutes must be a whole number from 1 to ${MAX_AGENDA_MINUTES}`,
      ],
      [
        () => planAgenda(new Y.Doc(), [item(1.5)], actAt(0)),
        'invalid',
        `items: minutes must be a whole number from 1 to ${MAX_AGENDA_MINUTES}`,
      ],
      [() => startAgendaItem(planned, 'domain:6', actAt(3)), 'not-found', 'itemId: no item domain:6 on the agenda'],
      [() => nextAgendaItem(new Y.Doc(), actAt(3)), 'conflict', 'the agenda is empty'],
      [() => nextAgendaItem(planned, actAt(3)), 'conflict', 'the current item is the last on the agenda'],
      [
        () => editStatement(planned, status.id, 'x'.repeat(MAX_STATEMENT_LENGTH + 1), actAt(4)),
        'invalid',
        `statement: at most ${MAX_STATEMENT_LENGTH} characters`,
      ],
      [() => editStatement(planned, 'nope', 'x', actAt(4)), 'not-found', 'no decision nope in the log'],
      [() => recordThreadDecision(planned, 'resolved', opened, actAt(4)), 'invalid', 'thread t9 is not resolved'],
      [() => giveFloor(new Y.Doc(), undefined, actAt(5)), 'conflict', 'nobody has raised a hand'],
      [() => giveFloor(new Y.Doc(), 'inv-nobody', actAt(5)), 'not-found', 'personId: inv-nobody has not raised a hand'],
    ];
    for (const [fn, code, message] of cases) {
      expect(refusalOf(fn), message).toEqual({ name: 'MeetingRuleError', code, message });
    }
  });

  it('takes time boxes at the bounds and a statement at its longest', () => {
    expect(planAgenda(new Y.Doc(), [item(1), item(MAX_AGENDA_MINUTES, '1.2')], actAt(0)).items).toHaveLength(2);
    const doc = new Y.Doc();
    const longest = 'x'.repeat(MAX_STATEMENT_LENGTH);
    const decision = recordStatusChange(doc, { indicatorId: '1.1', from: 'agreed', to: 'contested' }, actAt(1));
    expect(editStatement(doc, decision.id, longest, actAt(2)).statement?.text).toBe(longest);
    expect(
      planAgenda(
        new Y.Doc(),
        Array.from({ length: MAX_AGENDA_ITEMS }, (_, i) => item(1, `1.${i + 1}`)),
        actAt(0),
      ).items,
    ).toHaveLength(MAX_AGENDA_ITEMS);
  });
});

describe('edges of the rules', () => {
  it('moves a raised hand to a new target, keeping its place, and keeps it as it is when raised again on the same', () => {
    const doc = new Y.Doc();
    raiseHand(doc, amina, { kind: 'domain', domain: 1 }, actAt(1).at);
    raiseHand(doc, boris, null, actAt(2).at);
    const same = raiseHand(doc, amina, { kind: 'domain', domain: 1 }, actAt(3).at);
    expect(same).toEqual({ person: amina, target: { kind: 'domain', domain: 1 }, raisedAt: actAt(1).at });
    const moved = raiseHand(doc, amina, { kind: 'domain', domain: 2 }, actAt(4).at);
    expect(moved).toEqual({ person: amina, target: { kind: 'domain', domain: 2 }, raisedAt: actAt(1).at });
    expect(readQueue(doc).map((e) => e.person.personId)).toEqual(['inv-amina', 'inv-boris']);
    // Nothing on the table: a hand raised on "what is on the table" is on nothing in particular.
    expect(raiseHand(new Y.Doc(), amina, undefined, actAt(5).at).target).toBeNull();
  });

  it('is on time at the very end of a time box, and has no timing for an item no longer planned', () => {
    const doc = new Y.Doc();
    planAgenda(doc, [{ target: { kind: 'domain', domain: 2 }, minutes: 10 }], actAt(0));
    const agenda = startAgendaItem(doc, 'domain:2', actAt(10));
    const end = Date.parse(actAt(20).at);
    expect(agendaTiming(agenda, end)).toMatchObject({ remainingMs: 0, overTime: false });
    expect(agendaTiming(agenda, end + 1)).toMatchObject({ remainingMs: -1, overTime: true });
    expect(agendaTiming({ ...agenda, items: [] }, end)).toBeNull();
  });

  it('writes no statement for a decision without one, and leaves an unchanged statement as it was', () => {
    const doc = new Y.Doc();
    const bare = recordStatusChange(doc, { indicatorId: '1.1', from: 'agreed', to: 'deferred' }, actAt(1));
    expect(bare.statement).toBeNull();
    expect(doc.getMap('statements').size).toBe(0);
    const said = recordStatusChange(
      doc,
      { indicatorId: '1.2', from: 'agreed', to: 'deferred', statement: 'Next week.' },
      actAt(2),
    );
    const again = editStatement(doc, said.id, ' Next   week. ', actAt(3, amina));
    expect(again.statement).toEqual({ text: 'Next week.', by: fatou, at: actAt(2).at });
    expect(currentStatusDecision(readDecisions(doc), '1.1')?.id).toBe(bare.id);
  });
});
