/**
 * Every close code the server uses. 4400-4499 mirror HTTP 4xx and are
 * permanent: the official y-websocket client stops reconnecting on them.
 */
export const CloseCode = {
  Normal: 1000,
  /** The server is shutting down; clients reconnect to another instance. */
  GoingAway: 1001,
  /** A frame over the size limit, in the generic code; the server sends {@link CloseCode.MessageTooLarge} instead. */
  MessageTooBig: 1009,
  /** The server failed (e.g. the document could not be loaded); transient. */
  InternalError: 1011,
  /** The socket cannot keep up with the room; it reconnects and resyncs. */
  TryAgainLater: 1013,
  /** A frame that is not valid y-websocket: malformed, truncated, text, unknown type. */
  BadMessage: 4400,
  /** No valid token. */
  Unauthorized: 4401,
  /** The token is valid but the role may not do what was attempted. */
  Forbidden: 4403,
  /** The room does not exist. */
  NotFound: 4404,
  /**
   * The server's write policy refused what an update does (a field the role
   * may not set, a change to the profile's structure, a value outside the
   * vocabularies, a locked indicator). The reason names it. Nothing refused
   * was stored or relayed; the client must reload its copy from the server.
   */
  UpdateRefused: 4422,
  /** The invitation behind the token was revoked. */
  Revoked: 4410,
  /**
   * A frame larger than the server accepts (MAX_MESSAGE_BYTES); the reason
   * names the limit. Permanent, so the client does not resend the same
   * change forever: it must drop or split it.
   */
  MessageTooLarge: 4413,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];
