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
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
        continue;
      }
    }
    out += isXmlChar(code) ? text[i] : '\uFFFD';
  }
  return out;
}

/** A UTF-16 code unit XML 1.0 allows on its own: tab, line feed, carriage return, U+0020 up, no lone surrogate, no U+FFFE or U+FFFF. */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
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
