// @vitest-environment happy-dom
import type { MeetingOutline } from '@roundtable/meeting';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { meetingState } from '../../../test/meetingState.ts';
import { mountedRoot } from '../../../test/mountedRoot.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { DomainLocks } from './DomainLocks.tsx';

const page = mountedRoot();

const outline: MeetingOutline = {
  sections: [],
  domains: [
    { code: 1, title: 'Migrants’ rights', indicators: [] },
    { code: 2, title: 'Whole-of-government approach', indicators: [] },
  ],
};

const meeting = meetingState();

const sessionOf = (canRun: boolean) => ({ meeting, canRun, toggleLock: () => {} }) as unknown as MeetingSession;

describe('DomainLocks', () => {
  it('gives a facilitator the domain locks under a label that says what they do', () => {
    page.render(createElement(DomainLocks, { session: sessionOf(true), outline }));
    const group = page.container.querySelector('fieldset');
    expect(group?.querySelector('legend')?.textContent).toBe('Lock a whole domain');
    expect([...(group?.querySelectorAll('button') ?? [])].map((b) => b.getAttribute('aria-label'))).toEqual([
      'Lock domain 1: Migrants’ rights',
      'Lock domain 2: Whole-of-government approach',
    ]);
  });

  it('shows a participant nothing while nothing is locked', () => {
    page.render(createElement(DomainLocks, { session: sessionOf(false), outline }));
    expect(page.container.textContent).toBe('');
  });
});
