import { createDraftUpdate } from '@roundtable/editor';
import type { ConsultationRecord, DraftSeed } from '../../server/src/consultations/ConsultationRecord.ts';
import { demoConsultationRecord, draftSourceOf } from '../../server/src/consultations/ConsultationStore.ts';
import { type DraftHistory, draftHistory } from './draftHistory.ts';

/** Edits after the seed in a "demo draft after 10,000 edits": with the seed, 10,000 stored updates. */
export const HISTORY_EDITS = 9_999;

/** Any fixed date: it is not part of the draft. */
const CREATED_AT = '2026-01-01T00:00:00.000Z';

/**
 * A consultation the benchmark opens on every server, with its draft: every
 * field is fixed, so Roundtable seeds its room with exactly `seed`, and the
 * peers (which start empty) get the identical bytes from a client.
 * `seed` and `history` are built on first use (about 0.3 s and 1–2 s for
 * the demo) and kept.
 */
export class BenchConsultation {
  private seedBytes: Uint8Array | null = null;
  private edited: DraftHistory | null = null;

  constructor(
    readonly id: string,
    readonly kind: DraftSeed,
  ) {}

  /** The consultation as Roundtable stores it (`empty`: the frame of a new consultation; `demo`: the 94-indicator demo). */
  get record(): ConsultationRecord {
    const demo = demoConsultationRecord(CREATED_AT);
    return this.kind === 'demo'
      ? { ...demo, id: this.id }
      : { ...demo, id: this.id, seed: 'empty', title: `Bench ${this.id}`, country: 'Benchland', organisations: [] };
  }

  /** The body of `POST /api/consultations` that creates exactly this record. */
  get body(): Omit<ConsultationRecord, 'createdAt'> {
    const { createdAt: _createdAt, ...body } = this.record;
    return body;
  }

  /** The draft's initial content, byte for byte what Roundtable seeds its room with (`createDraftSeeder`). */
  get seed(): Uint8Array {
    this.seedBytes ??= createDraftUpdate(draftSourceOf(this.record));
    return this.seedBytes;
  }

  /** The draft after a meeting: {@link HISTORY_EDITS} edits the write policy accepts, on top of `seed`. */
  get history(): DraftHistory {
    this.edited ??= draftHistory(this.seed, HISTORY_EDITS);
    return this.edited;
  }
}
