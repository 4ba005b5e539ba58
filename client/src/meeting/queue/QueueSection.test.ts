// @vitest-environment happy-dom
import type { AttendanceEntry, MeetingPerson, MeetingState } from '@roundtable/meeting';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { meetingState } from '../../../test/meetingState.ts';
import { mountedRoot } from '../../../test/mountedRoot.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { QueueSection } from './QueueSection.tsx';

const page = mountedRoot();

const person = (personId: string, name: string): MeetingPerson => ({
  personId,
  name,
  organisation: 'Ministry of Labour',
  organisationId: 'min-labour',
  role: 'participant',
});
const fatou = { ...person('fatou', 'Fatou Ndiaye'), role: 'facilitator' as const };
const amina = person('amina', 'Amina Diallo');
const boris = person('boris', 'Boris Petrov');
const at = new Date(Date.now() - 5 * 60_000).toISOString();

const attended = (who: MeetingPerson, present: boolean): AttendanceEntry => ({
  person: who,
  mode: null,
  present,
  joinedAt: at,
  leftAt: present ? null : at,
});

function sessionOf(meeting: MeetingState): MeetingSession {
  const nothing = (): void => {};
  return {
    consultationId: 'demo',
    meeting,
    clockOffsetMs: 0,
    canRun: true,
    personId: fatou.personId,
    following: false,
    setFollowing: nothing,
    spotlight: null,
    onTable: null,
    isLocked: () => false,
    handRaised: false,
    putOnTable: nothing,
    toggleLock: nothing,
    next: nothing,
    toggleHand: nothing,
    run: nothing,
    error: null,
    clearError: nothing,
  };
}

const meeting = (attendance: AttendanceEntry[]): MeetingState =>
  meetingState({
    queue: [{ person: boris, target: null, raisedAt: at }],
    floor: { person: amina, target: null, since: at, by: fatou },
    attendance,
  });

const awayOf = (selector: string) => page.container.querySelector(`${selector} [data-away]`)?.textContent ?? null;

describe('QueueSection', () => {
  it('says who, with the floor or in the queue, the attendance records as gone, and since when', () => {
    page.render(
      createElement(QueueSection, {
        session: sessionOf(meeting([attended(fatou, true), attended(amina, false), attended(boris, true)])),
      }),
    );
    expect(awayOf('.rt-queue__floor')).toBe('Disconnected · 5 min ago');
    expect(awayOf('[data-queue-entry="boris"]')).toBeNull();
    // The turn stays hers until a facilitator ends it: she may be back in a moment.
    expect(page.container.querySelector('[data-floor="amina"]')?.textContent).toContain('End turn');

    page.render(
      createElement(QueueSection, {
        session: sessionOf(meeting([attended(fatou, true), attended(amina, true), attended(boris, false)])),
      }),
    );
    expect(awayOf('.rt-queue__floor')).toBeNull();
    expect(awayOf('[data-queue-entry="boris"]')).toBe('Disconnected · 5 min ago');
  });

  it('marks nobody the attendance does not know', () => {
    page.render(createElement(QueueSection, { session: sessionOf(meeting([])) }));
    expect(page.container.querySelectorAll('[data-away]')).toHaveLength(0);
  });
});
