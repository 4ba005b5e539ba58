/**
 * What `GET /api/consultations/:id/draft/preview` answers: the server's
 * `ProfileDocument` (packages/export), narrowed to what the read-only view
 * shows. Declared here so the first script needs nothing but this folder.
 */
export interface PreviewDocument {
  title: string;
  summary: PreviewBlock[];
  introduction: PreviewBlock[];
  context: PreviewBlock[];
  domains: { code: number; name: string; indicators: PreviewIndicator[] }[];
  keySources: PreviewBlock[];
}

export interface PreviewIndicator {
  id: string;
  title: string;
  question: string;
  finding: PreviewBlock[];
}

export type PreviewBlock =
  | { kind: 'paragraph'; inlines: PreviewInline[] }
  | { kind: 'list'; ordered: boolean; items: { level: number; inlines: PreviewInline[] }[] };

/** Lexical's format bits (1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code); marks are never sent here. */
export type PreviewInline = { kind: 'text'; text: string; format: number } | { kind: 'break' } | { kind: 'mark' };

/** Whether `value` has the top-level shape of a {@link PreviewDocument} (the rest is read defensively). */
export function isPreviewDocument(value: unknown): value is PreviewDocument {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.title === 'string' &&
    Array.isArray(v.summary) &&
    Array.isArray(v.introduction) &&
    Array.isArray(v.context) &&
    Array.isArray(v.domains) &&
    Array.isArray(v.keySources)
  );
}
