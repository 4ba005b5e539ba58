// @vitest-environment happy-dom
import type { Resolution } from '@roundtable/profile';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { ThreadResolution } from './ThreadResolution.tsx';

const page = mountedRoot();

const resolution = (outcome: Resolution['outcome'], appliedProposal: boolean): Resolution => ({
  outcome,
  response: '',
  by: {
    personId: 'fatou',
    name: 'Fatou Sow',
    organisation: 'IOM Veloria Office',
    organisationId: null,
    role: 'facilitator',
  },
  at: '2026-12-03T09:00:00.000Z',
  appliedProposal,
});

/** The marks beside the outcome. */
function marks(): string[] {
  return [...page.container.querySelectorAll('.rt-applied')].map((m) => m.textContent ?? '');
}

describe('ThreadResolution', () => {
  it('says when accepted wording is not in the draft yet, and when it is', () => {
    page.render(createElement(ThreadResolution, { resolution: resolution('accepted', false), proposed: true }));
    expect(marks()).toEqual(['Wording not yet applied to the draft']);
    page.render(
      createElement(ThreadResolution, { resolution: resolution('accepted-with-changes', false), proposed: true }),
    );
    expect(marks()).toEqual(['Wording not yet applied to the draft']);
    page.render(createElement(ThreadResolution, { resolution: resolution('accepted', true), proposed: true }));
    expect(marks()).toEqual(['Wording applied to the draft']);
  });

  it('says nothing of wording that was not accepted or never proposed', () => {
    page.render(createElement(ThreadResolution, { resolution: resolution('not-accepted', false), proposed: true }));
    expect(marks()).toEqual([]);
    page.render(createElement(ThreadResolution, { resolution: resolution('accepted', false), proposed: false }));
    expect(marks()).toEqual([]);
  });
});
