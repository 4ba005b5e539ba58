// @vitest-environment happy-dom
import type { MeetingTarget } from '@roundtable/meeting';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { meetingPerson, meetingState } from '../../../test/meetingState.ts';
import { mountedRoot } from '../../../test/mountedRoot.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { MeetingBar } from './MeetingBar.tsx';

const page = mountedRoot();

const fatou = meetingPerson('fatou', 'Fatou Ndiaye', 'facilitator', { id: 'iom', name: 'IOM' });
const at = new Date().toISOString();
const indicator = (indicatorId: string): MeetingTarget => ({ kind: 'indicator', indicatorId });

/** A participant's bar with `timed`'s agenda time running and `onTable` (or nothing) on the table. */
function render(onTable: MeetingTarget | null, timed: MeetingTarget = indicator('5.11')): void {
  const meeting = meetingState({
    spotlight: onTable === null ? null : { target: onTable, by: fatou, at },
    agenda: {
      items: [{ id: 'timed', target: timed, minutes: 10 }],
      current: { itemId: 'timed', startedAt: at, by: fatou },
      plannedBy: fatou,
      plannedAt: at,
    },
  });
  const session = {
    meeting,
    spotlight: onTable,
    clockOffsetMs: 0,
    canRun: false,
    personId: 'amina',
    following: true,
    setFollowing: () => {},
    handRaised: false,
    toggleHand: () => {},
    error: null,
    clearError: () => {},
  } as unknown as MeetingSession;
  page.render(createElement(MeetingBar, { session, outline: null, onShowTable: () => {} }));
}

describe('MeetingBar', () => {
  it('names the agenda item its timer counts for when something else is on the table', () => {
    render(indicator('3.2'));
    expect(page.container.querySelector('[data-timed-item]')?.textContent).toBe('Agenda: 5.11');
    expect(page.container.querySelector('[data-agenda-timer]')).not.toBeNull();
    render(indicator('5.11'));
    expect(page.container.querySelector('[data-timed-item]')).toBeNull();
    // A domain by its number; and with nothing on the table, the timer still says whose it is.
    render(indicator('2.3'), { kind: 'domain', domain: 2 });
    expect(page.container.querySelector('[data-timed-item]')?.textContent).toBe('Agenda: Domain 2');
    render(null);
    expect(page.container.querySelector('[data-timed-item]')?.textContent).toBe('Agenda: 5.11');
  });
});
