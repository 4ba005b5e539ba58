import { z } from 'zod';
import { CONSULTATION_STATUSES } from '../vocabulary.ts';
import { actorSchema } from './versionSchemas.ts';

/** One move of a consultation's lifecycle, as recorded. */
export const lifecycleEntrySchema = z.object({
  from: z.enum(CONSULTATION_STATUSES).nullable(),
  to: z.enum(CONSULTATION_STATUSES),
  by: actorSchema,
  at: z.string(),
});
export type LifecycleEntry = z.infer<typeof lifecycleEntrySchema>;

/** `PUT /api/consultations/:id/lifecycle` (facilitators). Unknown keys fail. */
export const lifecycleRequestSchema = z.strictObject({ status: z.enum(CONSULTATION_STATUSES) });
export type LifecycleRequest = z.input<typeof lifecycleRequestSchema>;
