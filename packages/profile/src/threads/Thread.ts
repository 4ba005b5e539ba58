import { z } from 'zod';
import { OUTCOMES, ROLES, THREAD_STATUSES, THREAD_TYPES } from '../vocabulary.ts';

/**
 * The shape of a thread, once, as zod schemas: the server writes threads in
 * this shape into the threads document and answers them over HTTP; the client
 * parses both with the same schemas. The types are inferred from the schemas,
 * so the two cannot drift.
 *
 * The schemas are not strict: a field added later passes through older
 * readers (and is dropped by them), a field missing or of the wrong type fails.
 */

/** Who wrote something, frozen at the time they wrote it. */
export const authorSchema = z.object({
  /** The person's invitation id: stable for one person in one consultation. */
  personId: z.string(),
  name: z.string(),
  /** The organisation's name as shown; `organisationId` when it is one of the consultation's. */
  organisation: z.string(),
  organisationId: z.string().nullable(),
  role: z.enum(ROLES),
});
export type Author = z.infer<typeof authorSchema>;

/** An earlier text of a comment. */
export const commentRevisionSchema = z.object({
  body: z.string(),
  /** When this text was replaced. */
  replacedAt: z.string(),
});
export type CommentRevision = z.infer<typeof commentRevisionSchema>;

/** One remark of a thread: the opening one or a reply. */
export const commentSchema = z.object({
  id: z.string(),
  author: authorSchema,
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.string().optional(),
  /** Earlier texts of this comment, oldest first. */
  history: z.array(commentRevisionSchema),
  /** Set when the author deleted it: the body and the history are emptied, the trace stays. */
  deletedAt: z.string().optional(),
});
export type Comment = z.infer<typeof commentSchema>;

/**
 * One end of an anchor as a client sends it: standard base64 (with padding)
 * of an encoded Yjs relative position, 4 to 4096 characters.
 */
export const anchorPositionSchema = z.base64().min(4).max(4096);

/**
 * Where a thread is anchored in the draft. `start` and `end` are Yjs relative
 * positions (base64 of `Y.encodeRelativePosition`, see `encodeAnchorPosition`
 * in @roundtable/draft), which follow the text through concurrent edits.
 * `quote` is the text as it was when the thread was opened, so the thread
 * stays readable if the text is deleted.
 */
export const threadAnchorSchema = z.object({
  start: z.string(),
  end: z.string(),
  quote: z.string(),
});
export type ThreadAnchor = z.infer<typeof threadAnchorSchema>;

/** How facilitators closed a thread. */
export const resolutionSchema = z.object({
  outcome: z.enum(OUTCOMES),
  response: z.string(),
  by: authorSchema,
  at: z.string(),
  /** The proposed wording was applied to the anchored text. */
  appliedProposal: z.boolean(),
});
export type Resolution = z.infer<typeof resolutionSchema>;

/** One entry of a thread's audit trail. */
export const threadEventSchema = z.object({
  kind: z.enum(['opened', 'resolved', 'reopened', 'proposal-applied']),
  by: authorSchema,
  at: z.string(),
});
export type ThreadEvent = z.infer<typeof threadEventSchema>;

/** A thread without its comments: what the threads document keeps under `meta`. */
export const threadMetaSchema = z.object({
  id: z.string(),
  consultationId: z.string(),
  indicatorId: z.string(),
  type: z.enum(THREAD_TYPES),
  author: authorSchema,
  createdAt: z.string(),
  /** Wording the author proposes for the anchored text (or the finding). */
  proposedText: z.string().optional(),
  anchor: threadAnchorSchema.optional(),
  status: z.enum(THREAD_STATUSES),
  resolution: resolutionSchema.optional(),
  events: z.array(threadEventSchema),
});
export type ThreadMeta = z.infer<typeof threadMetaSchema>;

/** A comment thread on an indicator, with every comment. */
export const threadSchema = threadMetaSchema.extend({
  /** The first comment is the thread's opening remark; replies follow in order. */
  comments: z.array(commentSchema),
});
export type Thread = z.infer<typeof threadSchema>;
