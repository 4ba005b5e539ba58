import {
  compareText,
  DEFAULT_LANGUAGE,
  type Language,
  OUTCOME_KEYS,
  THREAD_STATUS_KEYS,
  THREAD_TYPE_KEYS,
} from '@roundtable/i18n';
import { domainOf, type ProfileOutline, type Thread } from '@roundtable/profile';
import { DOMAIN_KEYS, documentText } from './documentText.ts';
import { localTime } from './localTime.ts';

/** One row of the comment matrix: one comment (the opening one or a reply) with its thread's context. */
export interface CommentMatrixRow {
  /** `2. Whole-of-government approach`. */
  domain: string;
  indicatorId: string;
  indicatorTitle: string;
  /** Threads numbered 1, 2, ... in the matrix's order. */
  thread: number;
  /** `Comment` or `Reply`, in the matrix's language. */
  entry: string;
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
  /** `YYYY-MM-DD HH:mm` in the consultation's time zone; empty while open. */
  resolvedAt: string;
  /** The same as a Date whose UTC fields hold it (for date cells); null while open. */
  resolvedAtWallClock: Date | null;
}

/** The matrix: its columns (header and width in characters) and rows, in `language`. */
export interface CommentMatrix {
  columns: readonly { key: keyof CommentMatrixRow; header: string; width: number }[];
  rows: CommentMatrixRow[];
  timeZone: string;
  language: Language;
  /** The sheet's name in `language` (`Comment matrix`). */
  title: string;
}

/**
 * The consultation's comment matrix, the spreadsheet organisers used to
 * compile by hand: one row per comment, replies included, each carrying its
 * thread's domain (with its name), indicator (id and title), quoted text,
 * type, status and resolution. Rows come in profile order: by the draft's
 * domains and indicators (`outline`, as `readDraftOutline` gives it), each
 * indicator's threads oldest first, each thread's comments in time order;
 * threads on indicators the draft does not hold come last. Times are shown
 * in `timeZone` (an IANA name; a RangeError when unknown) as `YYYY-MM-DD
 * HH:mm`, which sorts and filters as text in any spreadsheet and reads the
 * same in every language. Headers, entry kinds, types, statuses and
 * outcomes are in `language` (the consultation's); indicators the draft no
 * longer holds sort by id as `compareText(language)` does (2.10 after 2.9).
 * Text is as people typed it: each writer makes it safe for its format.
 */
export function commentMatrix(
  threads: readonly Thread[],
  outline: ProfileOutline,
  timeZone: string,
  language: Language = DEFAULT_LANGUAGE,
): CommentMatrix {
  const { t } = documentText(language);
  const byText = compareText(language);
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
      byText(a.indicatorId, b.indicatorId) ||
      codeOrder(a.createdAt, b.createdAt) ||
      codeOrder(a.id, b.id),
  );
  const rows: CommentMatrixRow[] = [];
  sorted.forEach((thread, index) => {
    const where = place.get(thread.indicatorId);
    const code = domainOf(thread.indicatorId);
    const resolved = thread.resolution === undefined ? null : localTime(thread.resolution.at, timeZone);
    thread.comments.forEach((comment, position) => {
      const time = localTime(comment.createdAt, timeZone);
      rows.push({
        domain: where?.domain ?? (code === undefined ? '' : domainLabel(code, t(DOMAIN_KEYS[code]))),
        indicatorId: thread.indicatorId,
        indicatorTitle: where?.title ?? '',
        thread: index + 1,
        entry: position === 0 ? t('export.matrix.entry.comment') : t('export.matrix.entry.reply'),
        quote: thread.anchor?.quote ?? '',
        type: t(THREAD_TYPE_KEYS[thread.type]),
        comment: comment.deletedAt === undefined ? comment.body : t('export.thread.deleted'),
        proposedWording: position === 0 ? (thread.proposedText ?? '') : '',
        person: comment.author.name,
        organisation: comment.author.organisation,
        time: time.text,
        timeWallClock: time.wallClock,
        status: t(THREAD_STATUS_KEYS[thread.status]),
        outcome: thread.resolution ? t(OUTCOME_KEYS[thread.resolution.outcome]) : '',
        response: thread.resolution?.response ?? '',
        resolvedBy: thread.resolution?.by.name ?? '',
        resolvedAt: resolved?.text ?? '',
        resolvedAtWallClock: resolved?.wallClock ?? null,
      });
    });
  });
  return {
    timeZone,
    language,
    title: t('export.matrix.sheet'),
    rows,
    columns: [
      { key: 'domain', header: t('export.matrix.domain'), width: 24 },
      { key: 'indicatorId', header: t('export.matrix.indicator'), width: 10 },
      { key: 'indicatorTitle', header: t('export.matrix.indicatorTitle'), width: 32 },
      { key: 'thread', header: t('export.matrix.thread'), width: 8 },
      { key: 'entry', header: t('export.matrix.entry'), width: 9 },
      { key: 'quote', header: t('export.matrix.quote'), width: 36 },
      { key: 'type', header: t('export.matrix.type'), width: 18 },
      { key: 'comment', header: t('export.matrix.comment'), width: 48 },
      { key: 'proposedWording', header: t('export.matrix.proposedWording'), width: 40 },
      { key: 'person', header: t('export.matrix.person'), width: 20 },
      { key: 'organisation', header: t('export.matrix.organisation'), width: 28 },
      { key: 'time', header: t('export.matrix.time', { timeZone }), width: 18 },
      { key: 'status', header: t('export.matrix.status'), width: 13 },
      { key: 'outcome', header: t('export.matrix.outcome'), width: 20 },
      { key: 'response', header: t('export.matrix.response'), width: 40 },
      { key: 'resolvedBy', header: t('export.matrix.resolvedBy'), width: 20 },
      { key: 'resolvedAt', header: t('export.matrix.resolvedAt', { timeZone }), width: 18 },
    ],
  };
}

/** `2. Whole-of-government approach`: the domain's number and name, which read the same in every language. */
function domainLabel(code: number, title: string): string {
  return code === 0 ? title : `${code}. ${title}`;
}

/** Code-point order, for ISO times and ids (the same in every language). */
function codeOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
