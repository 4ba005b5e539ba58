import { z } from 'zod';

/**
 * Every error the API answers, whatever the status:
 * `{ "error": { "code": "bad_request", "message": "body: must not be empty" } }`.
 * `code` is for programs (`bad_request`, `unauthorized`, `token_expired`,
 * `forbidden`, `not_found`, `conflict`, ...), `message` for people.
 */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
