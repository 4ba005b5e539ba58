import { z } from 'zod';

/**
 * What the meeting puts on the table, schedules, raises a hand on or locks:
 * an indicator (`2.4`), a whole domain (`2`) or a section of the profile
 * (`summary`, `context`, `sources`, by the anchor of its heading).
 *
 * @example
 * const target: MeetingTarget = { kind: 'indicator', indicatorId: '2.4' };
 * targetKey(target); // 'indicator:2.4'
 */
export const meetingTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('indicator'), indicatorId: z.string().min(1) }),
  z.object({ kind: z.literal('domain'), domain: z.number().int().min(1).max(6) }),
  z.object({ kind: z.literal('section'), section: z.string().min(1) }),
]);
export type MeetingTarget = z.infer<typeof meetingTargetSchema>;

/** What a lock covers: an indicator or a whole domain (sections are not locked). */
export type LockTarget = Extract<MeetingTarget, { kind: 'indicator' | 'domain' }>;

/** A stable key for a target, unique among targets: `indicator:2.4`, `domain:2`, `section:summary`. */
export function targetKey(target: MeetingTarget): string {
  switch (target.kind) {
    case 'indicator':
      return `indicator:${target.indicatorId}`;
    case 'domain':
      return `domain:${target.domain}`;
    case 'section':
      return `section:${target.section}`;
  }
}

/** How people read a target in a sentence: `indicator 2.4`, `domain 2`, `section summary`. */
export function describeTarget(target: MeetingTarget): string {
  switch (target.kind) {
    case 'indicator':
      return `indicator ${target.indicatorId}`;
    case 'domain':
      return `domain ${target.domain}`;
    case 'section':
      return `section ${target.section}`;
  }
}

/** Whether two targets name the same thing. */
export function sameTarget(a: MeetingTarget | null, b: MeetingTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return targetKey(a) === targetKey(b);
}
