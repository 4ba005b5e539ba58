/**
 * The document's font: Arial is on every Windows and macOS computer with
 * Word and covers Azerbaijani Latin (ə, ğ, ı, İ, ö, ş, ü, ç) and Cyrillic;
 * LibreOffice shows it as Liberation Sans, which covers both as well.
 * Named for every script slot so Word never falls back to a theme font
 * (Calibri Light, Cambria) for a heading or a Cyrillic run.
 */
export const DOCUMENT_FONT = 'Arial';
