import { compareText, type Language, matchesSearch } from '@roundtable/i18n';
import { filterThreads, type Thread, type ThreadFilter, type ThreadStatus, type ThreadType } from '@roundtable/profile';

/** What the comments sidebar shows: the indicator in view or all, narrowed by the filters. */
export interface CommentFilters {
  scope: 'in-view' | 'all';
  status: ThreadStatus | 'any';
  domain: number | null;
  /** Only used with scope `all`; `in-view` follows the reading position. */
  indicator: string | null;
  /** An organisation's name as threads carry it. */
  organisation: string | null;
  type: ThreadType | null;
  /** Text typed in the search field: threads whose words, people or quote contain it ('' for none). */
  search: string;
}

export const DEFAULT_FILTERS: CommentFilters = {
  scope: 'in-view',
  status: 'any',
  domain: null,
  indicator: null,
  organisation: null,
  type: null,
  search: '',
};

/** "2.10" after "2.9": indicator ids compared part by part as numbers. */
export function compareIndicatorIds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b);
}

/**
 * What a search looks through in a thread: every comment's text (not a
 * deleted one's) with its author's name and organisation, the quoted text,
 * the proposed wording and the facilitator's response.
 */
export function threadSearchText(thread: Thread): string {
  const parts = [thread.author.name, thread.author.organisation, thread.anchor?.quote, thread.proposedText];
  for (const comment of thread.comments) {
    parts.push(comment.author.name, comment.author.organisation);
    if (comment.deletedAt === undefined) parts.push(comment.body);
  }
  if (thread.resolution !== undefined) parts.push(thread.resolution.response);
  // One field per line, so a search never matches across two of them.
  return parts.filter((p) => p !== undefined && p !== '').join('\n');
}

/**
 * Whether `thread` contains `search`, case-insensitively by the rules of
 * `language` (in Azerbaijani "İ" finds "i" and "I" finds "ı").
 */
export function threadMatchesSearch(thread: Thread, search: string, language: Language): boolean {
  return matchesSearch(threadSearchText(thread), search, language);
}

/**
 * Threads to list, in document order: by indicator, then oldest first
 * (resolving one does not move it). `language` is the reader's, for the search.
 */
export function visibleThreads(
  threads: Iterable<Thread>,
  filters: CommentFilters,
  indicatorInView: string | null,
  language: Language,
): Thread[] {
  if (filters.scope === 'in-view' && indicatorInView === null) return [];
  const criteria: ThreadFilter = {};
  const indicator = filters.scope === 'in-view' ? indicatorInView : filters.indicator;
  if (indicator !== null) criteria.indicator = indicator;
  if (filters.domain !== null) criteria.domain = filters.domain;
  if (filters.organisation !== null) criteria.organisation = filters.organisation;
  if (filters.type !== null) criteria.type = filters.type;
  if (filters.status !== 'any') criteria.status = filters.status;
  return filterThreads(threads, criteria)
    .filter((thread) => threadMatchesSearch(thread, filters.search, language))
    .sort(
      (a, b) =>
        compareIndicatorIds(a.indicatorId, b.indicatorId) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    );
}

/**
 * The filters closest to `filters` under which `thread` is listed: each
 * criterion that hides it is relaxed, the others are kept. Used when a
 * highlight or a link opens a thread the current filters hide.
 */
export function filtersShowing(
  thread: Thread,
  filters: CommentFilters,
  indicatorInView: string | null,
  language: Language,
): CommentFilters {
  const next = { ...filters };
  if (filters.scope === 'in-view' && indicatorInView !== thread.indicatorId) next.scope = 'all';
  if (next.scope === 'all' && filters.indicator !== null && filters.indicator !== thread.indicatorId) {
    next.indicator = null;
  }
  if (filters.domain !== null && !thread.indicatorId.startsWith(`${filters.domain}.`)) next.domain = null;
  if (
    filters.organisation !== null &&
    filters.organisation !== thread.author.organisation &&
    filters.organisation !== thread.author.organisationId
  ) {
    next.organisation = null;
  }
  if (filters.type !== null && filters.type !== thread.type) next.type = null;
  if (filters.status !== 'any' && filters.status !== thread.status) next.status = 'any';
  if (!threadMatchesSearch(thread, filters.search, language)) next.search = '';
  return next;
}

/**
 * How many of `filters`' narrowing criteria in the filter panel are set
 * (scope, the default status and the search, which has its own field, aside).
 */
export function activeFilterCount(filters: CommentFilters): number {
  return [
    filters.domain !== null,
    filters.scope === 'all' && filters.indicator !== null,
    filters.organisation !== null,
    filters.type !== null,
  ].filter(Boolean).length;
}

/** Open threads per indicator id, for the outline and the indicator buttons. */
export function openCountsByIndicator(threads: Iterable<Thread>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.status === 'open') counts.set(thread.indicatorId, (counts.get(thread.indicatorId) ?? 0) + 1);
  }
  return counts;
}

/** The organisations that wrote threads, by name, in the alphabetical order of `language`. */
export function threadOrganisations(threads: Iterable<Thread>, language: Language): string[] {
  const names = new Set<string>();
  for (const thread of threads) names.add(thread.author.organisation);
  return [...names].sort(compareText(language));
}

/** Whether `filters` hide some of the threads of their scope: any filter or a search is set. */
export function narrowsThreads(filters: CommentFilters): boolean {
  return activeFilterCount(filters) > 0 || filters.status !== 'any' || filters.search.trim() !== '';
}
