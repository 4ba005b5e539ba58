import type { Answer, FindingKind, IndicatorStatus, Source } from '@roundtable/profile';

/**
 * A draft profile as plain data, read once from the draft's Y.Doc by
 * `readProfileDocument`: what every profile writer (Markdown, HTML, DOCX)
 * lays out. Nothing here refers to Yjs, so writers are pure functions of it.
 */
export interface ProfileDocument {
  title: string;
  country: string;
  year: number;
  summary: Block[];
  /** The standard introduction (read-only in a consultation); not part of the Markdown template. */
  introduction: Block[];
  context: Block[];
  domains: ProfileDomain[];
  /** The "Key sources" section as written in the draft. */
  keySources: Block[];
}

export interface ProfileDomain {
  /** 1 to 6; 0 for indicators found before any domain heading. */
  code: number;
  name: string;
  indicators: ProfileIndicator[];
}

export interface ProfileIndicator {
  /** Stable id `<domain>.<n>`, e.g. `2.4`. */
  id: string;
  title: string;
  question: string;
  /** Undefined when the draft holds no valid answer. */
  answer: Answer | undefined;
  kind: FindingKind | undefined;
  status: IndicatorStatus;
  finding: Block[];
  sources: Source[];
}

/** A block of rich text: a paragraph, or a list whose items carry their nesting level (0 = top). */
export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: { level: number; inlines: Inline[] }[] };

/**
 * Inline content. `format` is Lexical's bit set (1 bold, 2 italic, 4
 * strikethrough, 8 underline, 16 code, 32 subscript, 64 superscript).
 * A `mark` is where a thread's anchor starts or ends (`id` is the thread's),
 * present only for the threads the reader was asked to place.
 */
export type Inline =
  | { kind: 'text'; text: string; format: number; link?: string }
  | { kind: 'break' }
  | { kind: 'mark'; edge: 'start' | 'end'; id: string };

/** Lexical's text format bits. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;
