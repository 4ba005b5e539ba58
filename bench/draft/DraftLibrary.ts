import type { DraftSeed } from '../../server/src/consultations/ConsultationRecord.ts';
import { BenchConsultation } from './BenchConsultation.ts';

/**
 * The consultations of one benchmark run, by id, so every server gets the
 * same ones and each draft (and its edit history) is built once.
 */
export class DraftLibrary {
  private readonly byId = new Map<string, BenchConsultation>();

  /** `count` consultations `<prefix>-0`, `<prefix>-1`, ... with drafts of `kind`. */
  consultations(prefix: string, count: number, kind: DraftSeed): BenchConsultation[] {
    return Array.from({ length: count }, (_, i) => {
      const id = `${prefix}-${i}`;
      const known = this.byId.get(id);
      if (known && known.kind !== kind) throw new Error(`DraftLibrary: ${id} is a ${known.kind} draft, not ${kind}`);
      const consultation = known ?? new BenchConsultation(id, kind);
      this.byId.set(id, consultation);
      return consultation;
    });
  }
}
