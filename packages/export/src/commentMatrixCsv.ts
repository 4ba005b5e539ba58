import { stringify } from 'csv-stringify/sync';
import type { CommentMatrix } from './commentMatrix.ts';
import { spreadsheetText } from './spreadsheetText.ts';

/**
 * The comment matrix as CSV (RFC 4180, written by `csv-stringify`): a
 * header row, every cell quoted, CRLF between rows, a UTF-8 byte order mark
 * first so spreadsheet programs read Azerbaijani, Russian or French text
 * right, and every text cell that starts like a formula prefixed with `'`
 * ({@link spreadsheetText}; csv-stringify's own `escape_formulas` stays on
 * as a second guard).
 */
export function commentMatrixCsv(matrix: CommentMatrix): string {
  const rows: string[][] = [matrix.columns.map((c) => c.header)];
  for (const row of matrix.rows) rows.push(matrix.columns.map((c) => spreadsheetText(cellText(row[c.key]))));
  return stringify(rows, {
    bom: true,
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}

function cellText(value: string | number | Date | null): string {
  if (value === null) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}
