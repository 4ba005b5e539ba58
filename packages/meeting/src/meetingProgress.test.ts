import { describe, expect, it } from 'vitest';
import type { MeetingOutline } from './MeetingOutline.ts';
import { targetLabel } from './MeetingOutline.ts';
import { meetingProgress } from './meetingProgress.ts';

const outline: MeetingOutline = {
  sections: [{ anchor: 'summary', label: 'Summary' }],
  domains: [
    {
      code: 1,
      title: "Migrants' rights",
      indicators: [
        { id: '1.1', title: 'Healthcare', status: 'agreed' },
        { id: '1.2', title: 'Schooling', status: 'under-discussion' },
        { id: '1.3', title: 'Social security', status: 'deferred' },
      ],
    },
    {
      code: 2,
      title: 'Whole-of-government approach',
      indicators: [
        { id: '2.1', title: 'Lead agency', status: 'contested' },
        { id: '2.2', title: 'Strategy', status: 'not-discussed' },
      ],
    },
  ],
};

describe('meetingProgress', () => {
  it('counts indicators with an outcome as discussed, overall and per domain', () => {
    const progress = meetingProgress(outline);
    expect(progress).toMatchObject({ total: 5, discussed: 3 });
    expect(progress.byStatus).toEqual({
      'not-discussed': 1,
      'under-discussion': 1,
      agreed: 1,
      'agreed-with-changes': 0,
      contested: 1,
      deferred: 1,
    });
    expect(progress.domains.map((d) => [d.code, d.discussed, d.total])).toEqual([
      [1, 2, 3],
      [2, 1, 2],
    ]);
  });

  it('is zero of zero for an empty draft', () => {
    expect(meetingProgress({ sections: [], domains: [] })).toMatchObject({ total: 0, discussed: 0, domains: [] });
  });
});

describe('targetLabel', () => {
  it('names what the draft has and nothing else', () => {
    expect(targetLabel(outline, { kind: 'indicator', indicatorId: '2.1' })).toBe('2.1 Lead agency');
    expect(targetLabel(outline, { kind: 'domain', domain: 2 })).toBe('Domain 2: Whole-of-government approach');
    expect(targetLabel(outline, { kind: 'section', section: 'summary' })).toBe('Summary');
    expect(targetLabel(outline, { kind: 'indicator', indicatorId: '2.9' })).toBeNull();
    expect(targetLabel(outline, { kind: 'domain', domain: 5 })).toBeNull();
    expect(targetLabel(outline, { kind: 'section', section: 'annexes' })).toBeNull();
  });
});
