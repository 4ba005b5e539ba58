/**
 * `text` as literal Markdown inline content: on one line (whitespace runs,
 * newlines included, made one space) with every character that Markdown or
 * a table would read as syntax escaped, so what people typed (names,
 * statements, responses) cannot format, link or break the minutes.
 *
 * @example
 * markdownInline('Law *5* | [draft]'); // 'Law \\*5\\* \\| \\[draft\\]'
 */
export function markdownInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}
