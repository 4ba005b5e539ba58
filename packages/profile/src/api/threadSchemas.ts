import { z } from 'zod';
import { controlCharacterProblem } from '../threads/controlCharacter.ts';
import { anchorPositionSchema, threadSchema } from '../threads/Thread.ts';
import { MAX_BODY_LENGTH, MAX_QUOTE_LENGTH } from '../threads/threadRules.ts';
import { OUTCOMES, THREAD_TYPES } from '../vocabulary.ts';

/** The shape of an indicator id only: whether the indicator exists is checked against the consultation's draft. */
const indicatorIdSchema = z.string().trim().min(1).max(32);
/** Typed text: no control characters but line feed and tab (checked before trimming), then trimmed. */
const plainTextSchema = z.string().check((ctx) => {
  const problem = controlCharacterProblem(ctx.value, 'the text');
  if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});
const textSchema = plainTextSchema.trim().min(1).max(MAX_BODY_LENGTH);

/**
 * `POST /api/consultations/:id/threads`. The author comes from the
 * invitation, never from the body (an `author` key fails, as any unknown key).
 * `anchor.quote` is what the client saw; the server keeps the text it finds
 * between `start` and `end`.
 */
export const newThreadRequestSchema = z.strictObject({
  indicatorId: indicatorIdSchema,
  type: z.enum(THREAD_TYPES),
  body: textSchema,
  proposedText: textSchema.optional(),
  anchor: z
    .strictObject({ start: anchorPositionSchema, end: anchorPositionSchema, quote: z.string().max(MAX_QUOTE_LENGTH) })
    .optional(),
});
export type NewThreadRequest = z.input<typeof newThreadRequestSchema>;

/** `POST .../threads/:threadId/comments` (a reply) and `PATCH .../comments/:commentId` (an edit). */
export const commentRequestSchema = z.strictObject({ body: textSchema });
export type CommentRequest = z.input<typeof commentRequestSchema>;

/** `POST .../threads/:threadId/resolve` (facilitators). `applyProposal` writes the proposed wording into the draft. */
export const resolveRequestSchema = z.strictObject({
  outcome: z.enum(OUTCOMES),
  response: plainTextSchema.trim().max(MAX_BODY_LENGTH),
  applyProposal: z.boolean().optional(),
});
export type ResolveRequest = z.input<typeof resolveRequestSchema>;

/** `GET /api/consultations/:id/threads`: the threads matching the query, oldest first. */
export const threadListSchema = z.object({ threads: z.array(threadSchema) });
export type ThreadList = z.infer<typeof threadListSchema>;
