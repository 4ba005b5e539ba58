import { z } from 'zod';
import { domainOf } from '../domains.ts';
import { THREAD_STATUSES, THREAD_TYPES } from '../vocabulary.ts';
import type { Thread } from './Thread.ts';

/**
 * Which threads to list: the query of `GET /api/consultations/:id/threads`
 * (`?indicator=2.4&domain=2&organisation=min-labour&type=question&status=open`).
 * `domain` arrives as text and is read as a number; unknown keys fail.
 */
export const threadFilterSchema = z.strictObject({
  indicator: z.string().trim().min(1).max(32).optional(),
  domain: z.coerce.number().int().min(1).max(6).optional(),
  /** An organisation's id or its name as shown. */
  organisation: z.string().min(1).max(200).optional(),
  type: z.enum(THREAD_TYPES).optional(),
  status: z.enum(THREAD_STATUSES).optional(),
});
export type ThreadFilter = z.output<typeof threadFilterSchema>;

/** Threads matching every given criterion, oldest first. */
export function filterThreads(threads: Iterable<Thread>, filter: ThreadFilter): Thread[] {
  const out: Thread[] = [];
  for (const t of threads) {
    if (filter.indicator !== undefined && t.indicatorId !== filter.indicator) continue;
    if (filter.domain !== undefined && domainOf(t.indicatorId) !== filter.domain) continue;
    if (
      filter.organisation !== undefined &&
      t.author.organisation !== filter.organisation &&
      t.author.organisationId !== filter.organisation
    ) {
      continue;
    }
    if (filter.type !== undefined && t.type !== filter.type) continue;
    if (filter.status !== undefined && t.status !== filter.status) continue;
    out.push(t);
  }
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
