/** One thing an imported file says that the template does not allow, and where. */
export interface ImportProblem {
  /** `line 12`, `paragraph 40`, or `file` for the file as a whole. */
  where: string;
  message: string;
}

/**
 * An imported file that does not fit: not a file of the format, too large
 * once unpacked, or not following the profile template. `problems` name
 * each thing not understood and where (the first few, in document order).
 */
export class ImportError extends Error {
  constructor(
    readonly code: 'not_docx' | 'not_markdown' | 'too_large' | 'not_understood',
    readonly problems: readonly ImportProblem[],
  ) {
    super(problems.map((p) => `${p.where}: ${p.message}`).join('; '));
    this.name = 'ImportError';
  }
}
