import { z } from 'zod';
import { INDICATOR_STATUSES } from '../vocabulary.ts';

/** `PUT /api/consultations/:id/indicators/:indicatorId/status` (facilitators). */
export const indicatorStatusRequestSchema = z.strictObject({ status: z.enum(INDICATOR_STATUSES) });
export type IndicatorStatusRequest = z.input<typeof indicatorStatusRequestSchema>;

/** The answer to an indicator status change: the status the server wrote into the draft. */
export const indicatorStatusResponseSchema = z.object({
  indicatorId: z.string(),
  status: z.enum(INDICATOR_STATUSES),
});
export type IndicatorStatusResponse = z.infer<typeof indicatorStatusResponseSchema>;
