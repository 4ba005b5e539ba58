import { z } from 'zod';
import { ACTIONS } from '../permissions.ts';
import { ROLES } from '../vocabulary.ts';
import { consultationSummarySchema } from './consultationSchemas.ts';
import { invitedOrganisationSchema } from './invitationSchemas.ts';
import { personNameSchema } from './personNameSchema.ts';

/** An invited person, as they see themselves: `kind: 'member'` of `GET /api/me`. */
export const memberSchema = z.object({
  kind: z.literal('member'),
  /** The invitation id, as in `people[].id` and a comment author's `personId`. */
  id: z.string(),
  name: z.string(),
  organisation: invitedOrganisationSchema,
  role: z.enum(ROLES),
  expiresAt: z.string(),
  /** What the role may do, from the shared permissions table. */
  actions: z.array(z.enum(ACTIONS)),
  consultation: consultationSummarySchema,
});
export type Member = z.infer<typeof memberSchema>;

/**
 * Who a token belongs to: `GET /api/me`, `POST /api/join` and `PATCH
 * /api/me` (the last two for members only). The operator is `{ kind: 'admin' }`.
 */
export const meSchema = z.discriminatedUnion('kind', [memberSchema, z.object({ kind: z.literal('admin') })]);
export type Me = z.infer<typeof meSchema>;

/** `POST /api/join`: the token of an invitation link, traded for the session cookie. */
export const joinRequestSchema = z.strictObject({ token: z.string().min(1).max(4096) });
export type JoinRequest = z.input<typeof joinRequestSchema>;

/** `PATCH /api/me`: the person corrects their name on their invitation. */
export const renameRequestSchema = z.strictObject({ name: personNameSchema });
export type RenameRequest = z.input<typeof renameRequestSchema>;

/** `POST /api/logout`: forget this browser's invitation to one consultation, or (no id, or no body) to all. */
export const logoutRequestSchema = z.strictObject({
  consultationId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/)
    .optional(),
});
export type LogoutRequest = z.input<typeof logoutRequestSchema>;

/** The answer of `POST /api/logout`. */
export const logoutResponseSchema = z.object({ ok: z.literal(true) });
