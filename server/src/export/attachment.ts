/**
 * `Content-Disposition` for a download named `filename`, whatever it holds:
 * an ASCII `filename` (every character outside letters, digits, `.`, `-`
 * and `_` made `_`, so no quote, semicolon, slash or line break can escape
 * the header) for old clients, and the exact name as RFC 5987/6266
 * `filename*=UTF-8''...` for every current browser.
 *
 * @example
 * attachment('veloria-2026-comments.xlsx'); // attachment; filename="veloria-2026-comments.xlsx"; filename*=UTF-8''veloria-2026-comments.xlsx
 */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'download';
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
