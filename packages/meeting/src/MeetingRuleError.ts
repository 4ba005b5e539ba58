/** `locked`: what is asked for is locked in the meeting (HTTP 409, like `conflict`). */
export type MeetingRuleErrorCode = 'forbidden' | 'not-found' | 'invalid' | 'conflict' | 'locked';

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
