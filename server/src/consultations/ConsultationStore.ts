import { DEFAULT_LANGUAGE, type Language } from '@roundtable/i18n';
import {
  type Consultation,
  type ConsultationSummary,
  DEFAULT_TIME_ZONE,
  demoConsultation,
  draftRoomOf,
} from '@roundtable/profile';
import type { RecordStore } from '../storage/RecordStore.ts';
import type { ConsultationRecord } from './ConsultationRecord.ts';

const COLLECTION = 'consultations';

/**
 * Consultations, persisted in the backend's {@link RecordStore} so every
 * instance and every restart sees the same ones.
 *
 * @example
 * const consultations = new ConsultationStore(backend.records);
 * const created = await consultations.create({ ...fields, id: 'veloria-2026', seed: 'empty' });
 * if (!created) throw new Error('id taken');
 */
export class ConsultationStore {
  constructor(private readonly records: RecordStore) {}

  async get(id: string): Promise<ConsultationRecord | null> {
    const raw = await this.records.get(COLLECTION, id);
    return raw === null ? null : (JSON.parse(raw) as ConsultationRecord);
  }

  /** Every consultation, newest first. */
  async list(): Promise<ConsultationRecord[]> {
    const all = (await this.records.list(COLLECTION)).map((r) => JSON.parse(r.value) as ConsultationRecord);
    return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  }

  /**
   * Replaces a consultation's record with `change(current)` when nobody wrote
   * it in between (compare-and-set, retried a few times). Null when there is
   * no such consultation; `change` may throw to refuse.
   */
  async update(
    id: string,
    change: (current: ConsultationRecord) => ConsultationRecord,
  ): Promise<ConsultationRecord | null> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const raw = await this.records.get(COLLECTION, id);
      if (raw === null) return null;
      const next = change(JSON.parse(raw) as ConsultationRecord);
      if (await this.records.compareAndSet(COLLECTION, id, raw, JSON.stringify(next))) return next;
    }
    throw new Error(`ConsultationStore.update: ${id} kept changing under us`);
  }

  /** Stores a new consultation; null when its id is taken (by anyone, on any instance). */
  async create(record: ConsultationRecord): Promise<ConsultationRecord | null> {
    const stored = await this.records.compareAndSet(COLLECTION, record.id, null, JSON.stringify(record));
    return stored ? record : null;
  }

  /** The consultation with `record.id`, creating it from `record` if it does not exist yet. */
  async ensure(record: ConsultationRecord): Promise<ConsultationRecord> {
    return (await this.create(record)) ?? (await this.get(record.id)) ?? record;
  }

  /** The consultation its draft room is seeded from, or null if there is no such consultation. */
  async draftSource(id: string): Promise<Consultation | null> {
    const record = await this.get(id);
    return record ? draftSourceOf(record) : null;
  }

  /** What members and the operator see of a consultation (`consultationSummarySchema` in @roundtable/profile). */
  summary(record: ConsultationRecord): ConsultationSummary {
    const { seed: _seed, imported: _imported, lifecycle, ...rest } = record;
    return {
      ...rest,
      timeZone: timeZoneOf(record),
      language: languageOf(record),
      rooms: { draft: draftRoomOf(record.id) },
      lifecycle: lifecycle ?? [],
    };
  }
}

/** The consultation's time zone: its own, or `UTC` for records made before time zones. */
export function timeZoneOf(record: ConsultationRecord): string {
  return record.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The language of the consultation's documents: its own, or English for records made before the setting. */
export function languageOf(record: ConsultationRecord): Language {
  return record.language ?? DEFAULT_LANGUAGE;
}

/** A demo-seeded draft is the demo profile under this consultation's metadata; an empty one has only its frame. */
export function draftSourceOf(record: ConsultationRecord): Consultation {
  const {
    seed,
    createdAt: _createdAt,
    imported,
    lifecycle: _lifecycle,
    timeZone: _timeZone,
    language: _language,
    ...metadata
  } = record;
  if (seed === 'demo') return { ...demoConsultation, ...metadata };
  if (seed === 'imported' && imported) return { ...metadata, ...imported };
  return { ...metadata, summary: '', context: '', indicators: [] };
}

/** The demo consultation as a record, seeded exactly as before records existed. */
export function demoConsultationRecord(createdAt: string): ConsultationRecord {
  const { summary: _s, context: _c, indicators: _i, ...metadata } = demoConsultation;
  return { ...metadata, seed: 'demo', createdAt };
}
