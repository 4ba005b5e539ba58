import { threadFilterSchema } from '@roundtable/profile';
import { z } from 'zod';

/** The query of `profile.*`: `?comments=open` for the annotated variant; unknown keys fail. */
export const profileExportQuerySchema = z.strictObject({
  comments: z.enum(['open']).optional(),
});

/**
 * The query of `comments.xlsx` and `comments.csv`: the comment sidebar's
 * filters, as `GET /threads` takes them (`indicator`, `domain`,
 * `organisation`, `type`, `status`); unknown keys fail.
 */
export const matrixExportQuerySchema = threadFilterSchema;
