import type { DomainCode } from './domains.ts';
import type {
  Answer,
  ConsultationLevel,
  ConsultationStatus,
  FindingKind,
  IndicatorStatus,
  OrganisationKind,
} from './vocabulary.ts';

export interface Organisation {
  /** Stable slug, unique within a consultation, e.g. `min-interior`. */
  id: string;
  name: string;
  kind: OrganisationKind;
}

export interface Source {
  /** Full citation: title, number and date, e.g. "Law No. 112 on Foreigners (2019)". */
  title: string;
  kind: 'law' | 'decree' | 'strategy' | 'report' | 'agreement' | 'website' | 'other';
  year?: number;
}

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
