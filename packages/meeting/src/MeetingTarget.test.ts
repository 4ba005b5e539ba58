import { describe, expect, it } from 'vitest';
import { describeTarget, type MeetingTarget, sameTarget, targetKey } from './MeetingTarget.ts';

const indicator: MeetingTarget = { kind: 'indicator', indicatorId: '2.4' };
const domain: MeetingTarget = { kind: 'domain', domain: 2 };
const section: MeetingTarget = { kind: 'section', section: 'summary' };

describe('meeting targets', () => {
  it('have one key and one phrase each', () => {
    expect([indicator, domain, section].map(targetKey)).toEqual(['indicator:2.4', 'domain:2', 'section:summary']);
    expect([indicator, domain, section].map(describeTarget)).toEqual(['indicator 2.4', 'domain 2', 'section summary']);
  });

  it('are the same when they name the same thing, nothing included', () => {
    expect(sameTarget(indicator, { kind: 'indicator', indicatorId: '2.4' })).toBe(true);
    expect(sameTarget(indicator, { kind: 'indicator', indicatorId: '2.5' })).toBe(false);
    expect(sameTarget(section, { kind: 'section', section: 'context' })).toBe(false);
    expect(sameTarget(null, null)).toBe(true);
    expect(sameTarget(null, domain)).toBe(false);
    expect(sameTarget(domain, null)).toBe(false);
  });
});
