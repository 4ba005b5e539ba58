import { domainOf, OUTCOME_LABELS, THREAD_TYPE_LABELS, type Thread } from '@roundtable/profile';

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
 * by hand: one row per thread. CSV with a BOM so spreadsheet programs read UTF-8.
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
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string): string {
  // Quote everything; a leading =, +, - or @ is neutralised so a cell is never run as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}
