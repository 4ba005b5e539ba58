import type { T } from '../i18n/useI18n.ts';

/** What the comment announcements need of a thread (see `Thread` in @roundtable/profile). */
export interface AnnouncedThread {
  id: string;
  indicatorId: string;
  comments: readonly { id: string; author: { personId: string; name: string }; body: string }[];
}

/** Longest excerpt of a comment read out, in characters. */
export const EXCERPT_CHARS = 80;

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1)}…`;
}

/**
 * New comments and replies by others on the indicator in view, between two
 * readings of the threads (`New comment on 2.13 by Amara Okafor: Should
 * ...`). Nothing on the first reading (`before` null), nothing when no
 * indicator is in view, nothing of one's own (`selfPersonId`). Worded by `t`.
 */
export function commentAnnouncements(
  before: readonly AnnouncedThread[] | null,
  after: readonly AnnouncedThread[],
  indicatorInView: string | null,
  selfPersonId: string | null,
  t: T,
): string[] {
  if (before === null || indicatorInView === null) return [];
  const known = new Set(before.flatMap((t) => t.comments.map((c) => c.id)));
  const out: string[] = [];
  for (const thread of after) {
    if (thread.indicatorId !== indicatorInView) continue;
    thread.comments.forEach((comment, index) => {
      if (known.has(comment.id) || comment.author.personId === selfPersonId) return;
      const values = { id: thread.indicatorId, name: comment.author.name, excerpt: excerpt(comment.body) };
      out.push(index === 0 ? t('announce.comment.new', values) : t('announce.comment.reply', values));
    });
  }
  return out;
}
