export type MeetingRuleErrorCode = 'forbidden' | 'not-found' | 'invalid' | 'conflict';

/** A rule of the meeting was broken (e.g. the floor for someone who raised no hand). The server maps `code` to an HTTP status. */
export class MeetingRuleError extends Error {
  override readonly name = 'MeetingRuleError';
  constructor(
    readonly code: MeetingRuleErrorCode,
    message: string,
  ) {
    super(message);
  }
}
