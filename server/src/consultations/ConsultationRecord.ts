import type { Consultation } from '@roundtable/profile';

/** Where a consultation's draft comes from when its room is first opened. */
export type DraftSeed = 'demo' | 'empty';

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
  seed: DraftSeed;
  createdAt: string;
}
