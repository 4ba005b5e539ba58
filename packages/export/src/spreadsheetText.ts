/**
 * Characters that make a spreadsheet read a cell as a formula when they
 * start it: `=`, `+`, `-`, `@`, tab, carriage return, and the full-width
 * forms of the first four.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * `text` safe to put in a spreadsheet cell: a leading `'` when it starts
 * like a formula, so Excel, LibreOffice and Google Sheets show it as text
 * and never run it, whether they read the CSV or the XLSX, and whether or
 * not someone edits the cell later. Other text is returned as it is.
 *
 * @example
 * spreadsheetText('=HYPERLINK("http://x")'); // `'=HYPERLINK("http://x")`
 */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
