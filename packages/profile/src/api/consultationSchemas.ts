import { DEFAULT_LANGUAGE, LANGUAGES } from '@roundtable/i18n';
import { z } from 'zod';
import { organisationSchema } from '../model.ts';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../timeZone.ts';
import { CONSULTATION_LEVELS, CONSULTATION_STATUSES, ORGANISATION_KINDS } from '../vocabulary.ts';
import { lifecycleEntrySchema } from './lifecycleSchemas.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A consultation's document language as a request names it: one of `LANGUAGES`, with a message that lists them. */
function consultationLanguageSchema() {
  return z.enum(LANGUAGES, { error: `one of ${LANGUAGES.join(', ')}` });
}

/**
 * What members and the operator see of a consultation: `GET
 * /api/consultations/:id`, `POST /api/consultations` (201), each entry of
 * `GET /api/consultations`, and `consultation` in `GET /api/me`.
 */
export const consultationSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  country: z.string(),
  level: z.enum(CONSULTATION_LEVELS),
  round: z.number().int(),
  year: z.number().int(),
  status: z.enum(CONSULTATION_STATUSES),
  languages: z.array(z.string()),
  /** The organisations taking part (invitations name one of them, or a body not on the list). */
  organisations: z.array(organisationSchema),
  createdAt: z.string(),
  /** IANA time zone the consultation's exports show times in (`UTC` unless set at creation; an answer without one reads as `UTC`). */
  timeZone: z.string().default(DEFAULT_TIME_ZONE),
  /** The language of the consultation's documents (exports, minutes): `en`, `az` or `ru`; `en` unless set (an answer without one reads as `en`). */
  language: z.enum(LANGUAGES).default(DEFAULT_LANGUAGE),
  /** The Yjs rooms of the consultation, e.g. `{ draft: 'demo:draft' }`. */
  rooms: z.object({ draft: z.string() }),
  /** Every lifecycle move (draft, in consultation, validated, published), oldest first, with who and when. */
  lifecycle: z.array(lifecycleEntrySchema),
});
export type ConsultationSummary = z.infer<typeof consultationSummarySchema>;

/**
 * `PATCH /api/consultations/:id` (facilitators of the consultation, and the
 * operator): changes the consultation's settings and answers its summary.
 * Only the named settings change; at least one must be named; unknown keys fail.
 */
export const consultationSettingsRequestSchema = z
  .strictObject({
    /** The language of the consultation's documents (exports, minutes). */
    language: consultationLanguageSchema().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'name at least one setting to change, e.g. { "language": "az" }');
export type ConsultationSettingsRequest = z.input<typeof consultationSettingsRequestSchema>;

/** `GET /api/consultations` (operator): every consultation, newest first. */
export const consultationListSchema = z.object({ consultations: z.array(consultationSummarySchema) });
export type ConsultationList = z.infer<typeof consultationListSchema>;

/**
 * `POST /api/consultations` (operator). Every field is optional for the demo
 * seed, which brings a title and a country; an empty draft needs both.
 * Organisation ids are slugs and unique. Unknown keys fail.
 */
export const newConsultationRequestSchema = z
  .strictObject({
    /** Optional fixed id (a slug); generated from the country otherwise. */
    id: z.string().regex(SLUG, 'lowercase letters, digits and dashes, at most 63').optional(),
    seed: z.enum(['demo', 'empty']).default('demo'),
    title: z.string().trim().min(1).max(200).optional(),
    country: z.string().trim().min(1).max(120).optional(),
    level: z.enum(CONSULTATION_LEVELS).optional(),
    round: z.number().int().min(1).max(99).optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    status: z.enum(CONSULTATION_STATUSES).optional(),
    /** IANA time zone for exported times, e.g. `Asia/Baku`; `UTC` when unset. */
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Paris or UTC').optional(),
    /** The language of the consultation's documents; `en` when unset. */
    language: consultationLanguageSchema().optional(),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or fr'))
      .min(1)
      .max(12)
      .optional(),
    organisations: z
      .array(
        z.strictObject({
          id: z.string().regex(SLUG, 'lowercase letters, digits and dashes'),
          name: z.string().trim().min(1).max(200),
          kind: z.enum(ORGANISATION_KINDS),
        }),
      )
      .max(300)
      .optional(),
  })
  .superRefine((body, ctx) => {
    // The demo seed brings a title and a country; an empty draft has nothing to fall back on.
    if (body.seed === 'empty') {
      if (!body.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'required for an empty draft' });
      if (!body.country) ctx.addIssue({ code: 'custom', path: ['country'], message: 'required for an empty draft' });
    }
    const ids = (body.organisations ?? []).map((o) => o.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['organisations'], message: 'ids must be unique' });
  });
/** What a client sends to create a consultation. */
export type NewConsultationRequest = z.input<typeof newConsultationRequestSchema>;

/**
 * `POST /api/consultations/import` (201): the new consultation, with what
 * the import read and noticed (`warnings`: tracked changes and comments in a
 * Word file, which are not imported as such).
 */
export const importResponseSchema = consultationSummarySchema.extend({
  import: z.object({
    format: z.enum(['docx', 'markdown']),
    indicators: z.number().int(),
    warnings: z.array(z.string()),
  }),
});
export type ImportResponse = z.infer<typeof importResponseSchema>;
