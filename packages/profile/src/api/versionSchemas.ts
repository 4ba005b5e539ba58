import { z } from 'zod';
import { sourceSchema } from '../model.ts';
import { ANSWERS, CONSULTATION_STATUSES, FINDING_KINDS, INDICATOR_STATUSES, THREAD_TYPES } from '../vocabulary.ts';

/**
 * Named versions of a consultation's draft: what `POST/GET
 * /api/consultations/:id/versions...` take and answer. A version is a frozen
 * state of the draft and of its comment threads; comparisons are per
 * indicator.
 */

/** Who did something the server records (a member, or the operator with `personId` null). */
export const actorSchema = z.object({
  personId: z.string().nullable(),
  name: z.string(),
  organisation: z.string().nullable(),
});
export type Actor = z.infer<typeof actorSchema>;

/** One version as listed: `GET .../versions`, and the answer of `POST .../versions` (201). */
export const versionMetaSchema = z.object({
  id: z.string(),
  name: z.string(),
  savedAt: z.string(),
  savedBy: actorSchema,
  /** The consultation's lifecycle status when the version was saved. */
  status: z.enum(CONSULTATION_STATUSES),
});
export type VersionMeta = z.infer<typeof versionMetaSchema>;

/** `POST .../versions`: a facilitator names the version. Unknown keys fail. */
export const saveVersionRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'a version needs a name').max(200),
});
export type SaveVersionRequest = z.input<typeof saveVersionRequestSchema>;

/** `GET .../versions`: every version, in the order saved. */
export const versionListSchema = z.object({ versions: z.array(versionMetaSchema) });
export type VersionList = z.infer<typeof versionListSchema>;

/** A comment as a version keeps it, under its indicator. */
export const versionCommentSchema = z.object({
  threadId: z.string(),
  commentId: z.string(),
  type: z.enum(THREAD_TYPES),
  author: z.string(),
  organisation: z.string(),
  body: z.string(),
  deleted: z.boolean(),
});
export type VersionComment = z.infer<typeof versionCommentSchema>;

/** One indicator's content in a version (or in the current draft). */
export const indicatorContentSchema = z.object({
  id: z.string(),
  /** Domain code (1..6; 0 before any domain heading). */
  domain: z.number().int(),
  title: z.string(),
  question: z.string(),
  answer: z.enum(ANSWERS),
  kind: z.enum(FINDING_KINDS),
  status: z.enum(INDICATOR_STATUSES),
  sources: z.array(sourceSchema),
  /** The finding as plain text: paragraphs separated by a blank line, list items as `- ` lines. */
  finding: z.string(),
  comments: z.array(versionCommentSchema),
});
export type IndicatorContent = z.infer<typeof indicatorContentSchema>;

/** An editable section's text (summary, country context, key sources). */
export const sectionContentSchema = z.object({ anchor: z.string(), label: z.string(), text: z.string() });
export type SectionContent = z.infer<typeof sectionContentSchema>;

/** What a draft holds, read without Lexical: the title, sections and indicators in document order. */
export const draftContentSchema = z.object({
  title: z.string(),
  sections: z.array(sectionContentSchema),
  indicators: z.array(indicatorContentSchema),
});
export type DraftContent = z.infer<typeof draftContentSchema>;

/** `GET .../versions/:versionId`: the version, opened read-only. */
export const versionContentSchema = z.object({ version: versionMetaSchema, content: draftContentSchema });
export type VersionContent = z.infer<typeof versionContentSchema>;

/** A piece of a word diff (the `diff` package's `diffWords`): kept, added or removed text. */
export const diffPartSchema = z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() });
export type DiffPart = z.infer<typeof diffPartSchema>;

export const FIELD_NAMES = ['title', 'question', 'answer', 'kind', 'status', 'sources'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** One indicator that differs between the two sides of a comparison. */
export const indicatorChangeSchema = z.object({
  indicatorId: z.string(),
  title: z.string(),
  /** `added`/`removed`: the indicator is on one side only. */
  change: z.enum(['changed', 'added', 'removed']),
  /** The finding as a word diff, or null when its text is the same. */
  finding: z.array(diffPartSchema).nullable(),
  /** Changed fields with both values (sources as their list). */
  fields: z.array(z.object({ field: z.enum(FIELD_NAMES), from: z.unknown(), to: z.unknown() })),
  comments: z.object({ added: z.array(versionCommentSchema), removed: z.array(versionCommentSchema) }),
  /**
   * Who wrote the text added to the finding between the two sides, as far as
   * the server knows (people whose edits it saw since it loaded the draft, on
   * the "current" side only); empty when unknown.
   */
  changedBy: z.array(z.object({ name: z.string(), organisation: z.string().nullable() })),
});
export type IndicatorChange = z.infer<typeof indicatorChangeSchema>;

/** `GET .../versions/compare?from=A&to=B`: what changed from A to B (either may be `current`). */
export const versionComparisonSchema = z.object({
  from: z.object({ id: z.string(), name: z.string() }),
  to: z.object({ id: z.string(), name: z.string() }),
  indicators: z.array(indicatorChangeSchema),
  sections: z.array(z.object({ anchor: z.string(), label: z.string(), text: z.array(diffPartSchema) })),
  /** Indicators present on both sides with nothing changed. */
  unchanged: z.number().int(),
});
export type VersionComparison = z.infer<typeof versionComparisonSchema>;

/** The query of a comparison: two version ids, or `current` for the live draft. */
export const compareQuerySchema = z.strictObject({ from: z.string().min(1), to: z.string().min(1) });

/** `POST .../versions/:versionId/restore`: one indicator, or the whole draft when absent. */
export const restoreRequestSchema = z.strictObject({ indicatorId: z.string().min(1).max(20).optional() });
export type RestoreRequest = z.input<typeof restoreRequestSchema>;

/** What a restore changed: the indicators and sections whose content was written back. */
export const restoreResultSchema = z.object({
  restored: z.object({ indicators: z.array(z.string()), sections: z.array(z.string()) }),
  /** Indicators of the version the draft no longer has (structure is not restored). */
  skipped: z.array(z.string()),
  changed: z.boolean(),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;
