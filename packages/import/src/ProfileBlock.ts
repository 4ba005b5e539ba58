/**
 * One block of an imported document, whatever its format: a heading, a
 * paragraph or a list item, with its text and where it is (`line 12` in a
 * Markdown file, `paragraph 40` in a Word file) for error messages.
 * `label` is the text of a bold run opening a paragraph (`Answer:` in
 * `**Answer:** yes`): how the template marks its field lines.
 */
export type ProfileBlock =
  | { kind: 'heading'; level: number; text: string; where: string }
  | { kind: 'paragraph'; text: string; label: string | null; where: string }
  | { kind: 'list-item'; text: string; depth: number; ordered: boolean; where: string };

/** What a reader of one format gives the template reader. */
export interface ReadBlocks {
  blocks: ProfileBlock[];
  /** Things the reader noticed and did not import (tracked changes, Word comments). */
  warnings: string[];
}
