/**
 * `text` as literal CommonMark inline content: every ASCII punctuation
 * character that Markdown could read as syntax gets a backslash escape, so
 * what people typed can never format, link or become a heading, list or
 * field line. Newlines and tabs become spaces (line breaks are written by
 * the caller). Any CommonMark parser reads the text back exactly.
 *
 * @example
 * markdownText('Law *5* [draft] #2'); // 'Law \\*5\\* \\[draft\\] \\#2'
 */
export function markdownText(text: string): string {
  return text.replace(/[\t\r\n]/g, ' ').replace(/[\\`*_[\]<>|~&#!{}]/g, (c) => `\\${c}`);
}

/**
 * Escapes what would start a block at the beginning of a line of inline
 * Markdown: a list marker (`-`, `+`, `1.`, `1)`), a setext underline or
 * thematic break (`=`, `-`), leading spaces (an indented code block).
 */
export function markdownLineStart(line: string): string {
  const trimmed = line.replace(/^[ ]+/, '');
  return trimmed.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
