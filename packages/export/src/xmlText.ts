/** Characters XML 1.0 does not allow in a document, and UTF-16 surrogates without their pair. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with every character an XML 1.0 file may not hold (control
 * characters other than tab, line feed and carriage return, U+FFFE, U+FFFF,
 * unpaired surrogates) replaced by U+FFFD. XLSX and DOCX files are XML: one
 * such character typed into a comment would make Excel or Word refuse the
 * whole file.
 *
 * @example
 * xmlText('a\u0001b'); // 'a\uFFFDb'
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/**
 * `value` with {@link xmlText} applied to every string inside it (plain
 * objects and arrays, walked deeply; other values kept as they are).
 */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map((v) => xmlSafe(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = xmlSafe(v);
    return out as T;
  }
  return value;
}
