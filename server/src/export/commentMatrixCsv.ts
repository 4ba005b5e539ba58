import { domainOf, OUTCOME_LABELS, THREAD_TYPE_LABELS, type Thread } from '@roundtable/profile';
import { stringify } from 'csv-stringify/sync';

const COLUMNS = [
  'Thread',
  'Domain',
  'Indicator',
  'Type',
  'Organisation',
  'Author',
  'Date',
  'Quoted text',
  'Comment',
  'Proposed wording',
  'Replies',
  'Status',
  'Outcome',
  'Response',
  'Resolved by',
  'Resolved at',
] as const;

/**
 * The consultation's comment matrix, the spreadsheet organisers used to compile
 * by hand: one row per thread, a header row first. Written by `csv-stringify`:
 * every cell quoted, CRLF between rows, a UTF-8 BOM first so spreadsheet
 * programs read UTF-8, and formula escaping: a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return (or their full-width forms) gets a
 * leading `'`, so a spreadsheet shows it as text and never runs it.
 */
export function commentMatrixCsv(threads: readonly Thread[]): string {
  const rows: string[][] = [[...COLUMNS]];
  for (const t of threads) {
    const [opening, ...replies] = t.comments;
    rows.push([
      t.id,
      String(domainOf(t.indicatorId) ?? ''),
      t.indicatorId,
      THREAD_TYPE_LABELS[t.type],
      t.author.organisation,
      t.author.name,
      t.createdAt,
      t.anchor?.quote ?? '',
      opening?.deletedAt ? '(deleted)' : (opening?.body ?? ''),
      t.proposedText ?? '',
      replies
        .map((r) => `${r.author.name} (${r.author.organisation}): ${r.deletedAt ? '(deleted)' : r.body}`)
        .join('\n'),
      t.status,
      t.resolution ? OUTCOME_LABELS[t.resolution.outcome] : '',
      t.resolution?.response ?? '',
      t.resolution?.by.name ?? '',
      t.resolution?.at ?? '',
    ]);
  }
  return stringify(rows, {
    bom: true,
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
