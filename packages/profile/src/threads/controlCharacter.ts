/**
 * Characters a comment may not hold: control characters (C0 other than tab
 * and line feed, so carriage return too; DEL; C1), unpaired surrogates and
 * the noncharacters U+FFFE and U+FFFF. None can be typed as text, and an
 * XML file (the DOCX and XLSX exports) may not hold most of them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|\p{Surrogate}/u;

/**
 * Why `text` is refused, naming the first character it may not hold and
 * where (`U+0007 at character 12`, counted from 1 in UTF-16 units, as a
 * text field counts), or `undefined` when every character may stay.
 *
 * @example
 * controlCharacterProblem('a\u0007b', 'the comment');
 * // 'the comment contains a control character (U+0007) at character 2: only line breaks and tabs are allowed'
 */
export function controlCharacterProblem(text: string, what: string): string | undefined {
  const match = FORBIDDEN.exec(text);
  if (match === null) return undefined;
  const point = match[0].codePointAt(0) ?? 0;
  const code = point.toString(16).toUpperCase().padStart(4, '0');
  const kind = point >= 0xd800 ? 'a character that is not text' : 'a control character';
  return `${what} contains ${kind} (U+${code}) at character ${match.index + 1}: only line breaks and tabs are allowed`;
}
