export type ThreadRuleErrorCode = 'forbidden' | 'not-found' | 'invalid' | 'conflict';

/** A rule of the comment process was broken. The server maps `code` to an HTTP status. */
export class ThreadRuleError extends Error {
  override readonly name = 'ThreadRuleError';
  constructor(
    readonly code: ThreadRuleErrorCode,
    message: string,
  ) {
    super(message);
  }
}
