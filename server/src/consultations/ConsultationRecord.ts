import type { Language } from '@roundtable/i18n';
import type { Consultation, LifecycleEntry } from '@roundtable/profile';

/** Where a consultation's draft comes from when its room is first opened. */
export type DraftSeed = 'demo' | 'empty' | 'imported';

/** The content of an imported draft: what `$buildDraft` turns into the first state of its room. */
export type ImportedContent = Pick<Consultation, 'summary' | 'context' | 'indicators'>;

/**
 * A consultation as stored: its metadata and the seed of its draft. The
 * draft's live text is in its room, not here.
 */
export interface ConsultationRecord {
  id: string;
  title: string;
  country: string;
  level: Consultation['level'];
  round: number;
  year: number;
  status: Consultation['status'];
  languages: string[];
  organisations: Consultation['organisations'];
  /** IANA time zone of exported times; absent in records made before it existed, read as `UTC`. */
  timeZone?: string;
  /** Language of the consultation's documents (exports, minutes); absent in records made before it existed, read as `en`. */
  language?: Language;
  seed: DraftSeed;
  /** For `seed: 'imported'`: the imported profile, kept so the seed is built from it (deterministically) on any instance. */
  imported?: ImportedContent;
  /** Every lifecycle move, oldest first (absent in records made before lifecycles were recorded). */
  lifecycle?: LifecycleEntry[];
  createdAt: string;
}
