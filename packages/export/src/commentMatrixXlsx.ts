import type { CommentMatrix } from './commentMatrix.ts';
import { DOCUMENT_FONT } from './documentFont.ts';
import { spreadsheetText } from './spreadsheetText.ts';
import { xmlText } from './xmlText.ts';

/**
 * The comment matrix as an Excel workbook (written by ExcelJS), one sheet
 * named in the matrix's language ("Comment matrix"): a bold header on a filled background, the first row
 * frozen, an autofilter over every column, column widths fitted to their
 * content (within limits), wrapped text, times as date cells
 * (`yyyy-mm-dd hh:mm`, the consultation's wall-clock time), all in
 * {@link DOCUMENT_FONT}. Every text is
 * a string cell, never a formula, and one that starts like a formula also
 * gets a leading `'` ({@link spreadsheetText}), so it stays text if someone
 * edits the cell or saves the sheet as CSV.
 *
 * @example
 * const bytes = await commentMatrixXlsx(commentMatrix(threads, outline, 'UTC'));
 */
export async function commentMatrixXlsx(matrix: CommentMatrix): Promise<Uint8Array> {
  // Loaded on first use: a server that never writes a workbook does not hold ExcelJS in memory.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Roundtable';
  const sheet = workbook.addWorksheet(matrix.title, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = matrix.columns.map((c) => ({
    header: c.header,
    key: c.key,
    // The Word export's font, which has ə and Cyrillic, rather than the spreadsheet's default.
    style: { font: { name: DOCUMENT_FONT, size: 10 } },
    width: fittedWidth(
      c.header,
      c.width,
      matrix.rows.map((r) => r[c.key]),
    ),
  }));
  for (const row of matrix.rows) {
    const values: Record<string, string | number | Date | null> = {};
    for (const c of matrix.columns) {
      const value = row[c.key];
      // Both times are date cells (they sort and filter as dates), the resolution's empty while the thread is open.
      if (c.key === 'time') values[c.key] = row.timeWallClock;
      else if (c.key === 'resolvedAt') values[c.key] = row.resolvedAtWallClock;
      else values[c.key] = typeof value === 'string' ? spreadsheetText(xmlText(value)) : (value as number);
    }
    sheet.addRow(values);
  }
  const header = sheet.getRow(1);
  header.font = { name: DOCUMENT_FONT, size: 10, bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  sheet.getColumn('time').numFmt = 'yyyy-mm-dd hh:mm';
  sheet.getColumn('resolvedAt').numFmt = 'yyyy-mm-dd hh:mm';
  for (let i = 2; i <= sheet.rowCount; i++) sheet.getRow(i).alignment = { vertical: 'top', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: matrix.columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The longest line of the column's cells plus a margin, at least the header's, at most `widest` (longer text wraps). */
function fittedWidth(header: string, widest: number, values: readonly unknown[]): number {
  let longest = 0;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    for (const line of value.split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.max(header.length + 2, Math.min(longest + 2, widest));
}
