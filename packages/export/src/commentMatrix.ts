import {
  DOMAINS,
  domainOf,
  OUTCOME_LABELS,
  type ProfileOutline,
  THREAD_TYPE_LABELS,
  type Thread,
} from '@roundtable/profile';
import { localTime } from './localTime.ts';

/** One row of the comment matrix: one comment (the opening one or a reply) with its thread's context. */
export interface CommentMatrixRow {
  /** `2. Whole-of-government approach`. */
  domain: string;
  indicatorId: string;
  indicatorTitle: string;
  /** Threads numbered 1, 2, ... in the matrix's order. */
  thread: number;
  entry: 'Comment' | 'Reply';
  quote: string;
  type: string;
  comment: string;
  proposedWording: string;
  person: string;
  organisation: string;
  /** `YYYY-MM-DD HH:mm` in the consultation's time zone. */
  time: string;
  /** The same wall-clock time as a Date whose UTC fields hold it (for date cells). */
  timeWallClock: Date;
  status: string;
  outcome: string;
  response: string;
  resolvedBy: string;
  resolvedAt: string;
}

/** The matrix: its columns (header and width in characters) and rows. */
export interface CommentMatrix {
  columns: readonly { key: keyof CommentMatrixRow; header: string; width: number }[];
  rows: CommentMatrixRow[];
  timeZone: string;
}

/**
 * The consultation's comment matrix, the spreadsheet organisers used to
 * compile by hand: one row per comment, replies included, each carrying its
 * thread's domain (with its name), indicator (id and title), quoted text,
 * type, status and resolution. Rows come in profile order: by the draft's
 * domains and indicators (`outline`, as `readDraftOutline` gives it), each
 * indicator's threads oldest first, each thread's comments in time order;
 * threads on indicators the draft does not hold come last. Times are shown
 * in `timeZone` (an IANA name; a RangeError when unknown). Text is as people
 * typed it: each writer makes it safe for its format.
 */
export function commentMatrix(threads: readonly Thread[], outline: ProfileOutline, timeZone: string): CommentMatrix {
  const place = new Map<string, { order: number; title: string; domain: string }>();
  let order = 0;
  for (const domain of outline.domains) {
    for (const indicator of domain.indicators) {
      place.set(indicator.id, {
        order: order++,
        title: indicator.title,
        domain: domainLabel(domain.code, domain.title),
      });
    }
  }
  const sorted = [...threads].sort(
    (a, b) =>
      (place.get(a.indicatorId)?.order ?? order) - (place.get(b.indicatorId)?.order ?? order) ||
      compareText(a.indicatorId, b.indicatorId) ||
      compareText(a.createdAt, b.createdAt) ||
      compareText(a.id, b.id),
  );
  const rows: CommentMatrixRow[] = [];
  sorted.forEach((t, index) => {
    const where = place.get(t.indicatorId);
    const code = domainOf(t.indicatorId);
    const resolvedAt = t.resolution === undefined ? '' : localTime(t.resolution.at, timeZone).text;
    t.comments.forEach((comment, position) => {
      const time = localTime(comment.createdAt, timeZone);
      rows.push({
        domain: where?.domain ?? (code === undefined ? '' : domainLabel(code, DOMAINS[code - 1]?.title ?? '')),
        indicatorId: t.indicatorId,
        indicatorTitle: where?.title ?? '',
        thread: index + 1,
        entry: position === 0 ? 'Comment' : 'Reply',
        quote: t.anchor?.quote ?? '',
        type: THREAD_TYPE_LABELS[t.type],
        comment: comment.deletedAt === undefined ? comment.body : '(deleted)',
        proposedWording: position === 0 ? (t.proposedText ?? '') : '',
        person: comment.author.name,
        organisation: comment.author.organisation,
        time: time.text,
        timeWallClock: time.wallClock,
        status: t.status === 'open' ? 'Open' : 'Resolved',
        outcome: t.resolution ? OUTCOME_LABELS[t.resolution.outcome] : '',
        response: t.resolution?.response ?? '',
        resolvedBy: t.resolution?.by.name ?? '',
        resolvedAt,
      });
    });
  });
  return {
    timeZone,
    rows,
    columns: [
      { key: 'domain', header: 'Domain', width: 24 },
      { key: 'indicatorId', header: 'Indicator', width: 10 },
      { key: 'indicatorTitle', header: 'Indicator title', width: 32 },
      { key: 'thread', header: 'Thread', width: 8 },
      { key: 'entry', header: 'Entry', width: 9 },
      { key: 'quote', header: 'Quoted text', width: 36 },
      { key: 'type', header: 'Type', width: 18 },
      { key: 'comment', header: 'Comment', width: 48 },
      { key: 'proposedWording', header: 'Proposed wording', width: 40 },
      { key: 'person', header: 'Person', width: 20 },
      { key: 'organisation', header: 'Organisation', width: 28 },
      { key: 'time', header: `Time (${timeZone})`, width: 18 },
      { key: 'status', header: 'Thread status', width: 13 },
      { key: 'outcome', header: 'Outcome', width: 20 },
      { key: 'response', header: 'Response', width: 40 },
      { key: 'resolvedBy', header: 'Resolved by', width: 20 },
      { key: 'resolvedAt', header: `Resolved at (${timeZone})`, width: 18 },
    ],
  };
}

function domainLabel(code: number, title: string): string {
  return code === 0 ? title : `${code}. ${title}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
