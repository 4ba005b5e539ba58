export type {
  Author,
  Comment,
  CommentRevision,
  Resolution,
  Thread,
  ThreadAnchor,
  ThreadEvent,
  ThreadMeta,
} from './Thread.ts';
export {
  anchorPositionSchema,
  authorSchema,
  commentRevisionSchema,
  commentSchema,
  resolutionSchema,
  threadAnchorSchema,
  threadEventSchema,
  threadMetaSchema,
  threadSchema,
} from './Thread.ts';
export type { ThreadRuleErrorCode } from './ThreadRuleError.ts';
export { ThreadRuleError } from './ThreadRuleError.ts';
export type { ThreadFilter } from './threadFilters.ts';
export { filterThreads, threadFilterSchema } from './threadFilters.ts';
export type { OpenThreadInput } from './threadRules.ts';
export {
  clipQuote,
  deleteComment,
  editComment,
  MAX_BODY_LENGTH,
  MAX_QUOTE_LENGTH,
  openThread,
  reopenThread,
  replyToThread,
  requiresResponse,
  resolveThread,
} from './threadRules.ts';
