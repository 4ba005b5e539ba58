// @vitest-environment happy-dom
import type { MeetingState } from '@roundtable/meeting';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { meetingPerson, meetingState } from '../../test/meetingState.ts';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { ScreenSide } from './ScreenSide.tsx';

const page = mountedRoot();

const amina = meetingPerson('amina', 'Amina Diallo', 'participant', { id: 'min-labour', name: 'Ministry of Labour' });
const at = '2026-12-03T09:00:00.000Z';

const withFloor = (present: boolean): MeetingState =>
  meetingState({
    floor: { person: amina, target: null, since: at, by: { ...amina, personId: 'fatou', role: 'facilitator' } },
    attendance: [{ person: amina, mode: 'remote', present, joinedAt: at, leftAt: present ? null : at }],
  });

describe('ScreenSide', () => {
  it('tells the room when whoever has the floor is disconnected', () => {
    page.render(createElement(ScreenSide, { meeting: withFloor(true), clockOffsetMs: 0 }));
    expect(page.container.querySelector('.rt-screen__speaker')?.textContent).toBe('Amina DialloMinistry of Labour');
    page.render(createElement(ScreenSide, { meeting: withFloor(false), clockOffsetMs: 0 }));
    expect(page.container.querySelector('.rt-screen__speaker [data-away="amina"]')?.textContent).toBe('Disconnected');
  });
});
