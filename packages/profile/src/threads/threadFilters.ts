import { domainOf } from '../domains.ts';
import type { ThreadStatus, ThreadType } from '../vocabulary.ts';
import type { Thread } from './Thread.ts';

export interface ThreadFilter {
  indicator?: string;
  domain?: number;
  organisation?: string;
  type?: ThreadType;
  status?: ThreadStatus;
}

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
