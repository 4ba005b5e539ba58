import { z } from 'zod';
import type { DomainCode } from './domains.ts';
import {
  type Answer,
  type ConsultationLevel,
  type ConsultationStatus,
  type FindingKind,
  type IndicatorStatus,
  ORGANISATION_KINDS,
  SOURCE_KINDS,
} from './vocabulary.ts';

/** An organisation taking part in a consultation. */
export const organisationSchema = z.object({
  /** Stable slug, unique within a consultation, e.g. `min-interior`. */
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
});
export type Organisation = z.infer<typeof organisationSchema>;

/**
 * A source an indicator's finding cites. In the draft an indicator keeps its
 * sources as one JSON string attribute (`serializeSources` in
 * @roundtable/editor); the write policy accepts only a list of these, with no
 * other keys (`isSourceList` in @roundtable/draft).
 */
export const sourceSchema = z.strictObject({
  /** Full citation: title, number and date, e.g. "Law No. 112 on Foreigners (2019)". */
  title: z
    .string()
    .max(1_000)
    .refine((title) => title.trim() !== '', 'a source needs a title'),
  kind: z.enum(SOURCE_KINDS),
  year: z.number().int().min(1800).max(2200).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export interface Indicator {
  /** Stable id `<domain>.<n>`, e.g. `2.4`. */
  id: string;
  domain: DomainCode;
  /** Sub-area the indicator belongs to (one of its domain's `subAreas`). */
  subArea: string;
  /** Short title shown in the outline. */
  title: string;
  /** The question the indicator asks. */
  question: string;
  answer: Answer;
  kind: FindingKind;
  /** The finding: 2 to 4 sentences of plain text, paragraphs separated by blank lines. */
  finding: string;
  sources: Source[];
  status: IndicatorStatus;
}

export interface Consultation {
  id: string;
  title: string;
  country: string;
  level: ConsultationLevel;
  round: number;
  year: number;
  status: ConsultationStatus;
  languages: string[];
  organisations: Organisation[];
  /** Standard text shown before the findings (read-only in a consultation). */
  summary: string;
  context: string;
  indicators: Indicator[];
}
