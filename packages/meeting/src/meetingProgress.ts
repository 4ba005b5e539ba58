import { INDICATOR_STATUSES, type IndicatorStatus } from '@roundtable/profile';
import { z } from 'zod';
import type { MeetingOutline } from './MeetingOutline.ts';

/**
 * Statuses that count as discussed: the meeting reached an outcome (agreed,
 * with or without changes, contested, or deliberately deferred). `not-discussed`
 * and `under-discussion` do not.
 */
export const DISCUSSED_STATUSES: readonly IndicatorStatus[] = [
  'agreed',
  'agreed-with-changes',
  'contested',
  'deferred',
];

const countsSchema = z.object({
  total: z.number().int(),
  discussed: z.number().int(),
  byStatus: z.record(z.enum(INDICATOR_STATUSES), z.number().int()),
});

/** How far the meeting is, over the whole draft and per domain (document order). */
export const meetingProgressSchema = countsSchema.extend({
  domains: z.array(countsSchema.extend({ code: z.number().int(), title: z.string() })),
});
export type MeetingProgress = z.infer<typeof meetingProgressSchema>;

type Counts = z.infer<typeof countsSchema>;

function emptyCounts(): Counts {
  return {
    total: 0,
    discussed: 0,
    byStatus: Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>,
  };
}

function count(counts: Counts, status: IndicatorStatus): void {
  counts.total++;
  counts.byStatus[status]++;
  if (DISCUSSED_STATUSES.includes(status)) counts.discussed++;
}

/**
 * The meeting's progress from the statuses in the draft: "34 of 78
 * discussed", overall and per domain. Pure: the server answers it in
 * `GET /api/consultations/:id/meeting`, the client computes it live from its
 * own outline.
 *
 * @example
 * const { discussed, total } = meetingProgress(outline); // `${discussed} of ${total} discussed`
 */
export function meetingProgress(outline: MeetingOutline): MeetingProgress {
  const overall = emptyCounts();
  const domains = outline.domains.map((domain) => {
    const counts = emptyCounts();
    for (const indicator of domain.indicators) {
      count(counts, indicator.status);
      count(overall, indicator.status);
    }
    return { code: domain.code, title: domain.title, ...counts };
  });
  return { ...overall, domains };
}
