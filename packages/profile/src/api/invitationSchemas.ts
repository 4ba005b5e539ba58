import { z } from 'zod';
import { normaliseOrganisationName } from '../findOrganisation.ts';
import { ROLES } from '../vocabulary.ts';
import { personNameSchema } from './personNameSchema.ts';

/** Longest life an invitation may be given, in hours (a year and a day). */
export const MAX_INVITATION_HOURS = 366 * 24;

/** Where an invitation stands: usable, withdrawn by an organiser, or past its expiry. */
export const INVITATION_STATUSES = ['active', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * The organisation a person speaks for: one of the consultation's
 * organisations (with its id), or a free name for a body not on the list
 * (`id: null`).
 */
export const invitedOrganisationSchema = z.object({ id: z.string().nullable(), name: z.string() });
export type InvitedOrganisation = z.infer<typeof invitedOrganisationSchema>;

/**
 * A person invited to a consultation, as `GET /api/consultations/:id/people`
 * lists them and `DELETE .../invitations/:invitationId` answers the revoked one.
 */
export const invitedPersonSchema = z.object({
  /** The invitation id: stable, and what `DELETE .../invitations/:invitationId` takes. */
  id: z.string(),
  name: z.string(),
  organisation: invitedOrganisationSchema,
  role: z.enum(ROLES),
  status: z.enum(INVITATION_STATUSES),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  /** The facilitator's invitation that created this one; null when the operator did. */
  invitedBy: z.string().nullable(),
  /** Has at least one open connection to a room of the consultation, on any instance. */
  connected: z.boolean(),
  connections: z.number().int().nonnegative(),
});
export type InvitedPerson = z.infer<typeof invitedPersonSchema>;

/** `GET /api/consultations/:id/people`: by organisation, then name. */
export const peopleListSchema = z.object({ people: z.array(invitedPersonSchema) });
export type PeopleList = z.infer<typeof peopleListSchema>;

/** `POST /api/consultations/:id/invitations` (201): the person, with the token and the link to hand them. */
export const createdInvitationSchema = invitedPersonSchema.extend({
  token: z.string(),
  /** The link to open: `<public url>/join#token=...`. */
  url: z.string(),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

const organisationNameSchema = z.string().transform(normaliseOrganisationName).pipe(z.string().min(1).max(200));

/**
 * `POST /api/consultations/:id/invitations`. `organisation` is one of the
 * consultation's organisations, by id or by name (`"min-labour"`, `{ "id":
 * "min-labour" }`, `"Ministry of Labour"`; see `findOrganisation`), or a body
 * not on the list by name (`"Veloria Bar Association"` or `{ "name": ... }`).
 * Names are tidied (trimmed, whitespace runs made one space); unknown keys fail.
 */
export const newInvitationRequestSchema = z.strictObject({
  name: personNameSchema,
  organisation: z.union([
    organisationNameSchema,
    z.strictObject({ id: z.string().min(1).max(128) }),
    z.strictObject({ name: organisationNameSchema }),
  ]),
  role: z.enum(ROLES),
  expiresInHours: z.number().positive().max(MAX_INVITATION_HOURS).optional(),
});
/** What a client sends to invite someone. */
export type NewInvitationRequest = z.input<typeof newInvitationRequestSchema>;
