import type { DraftLibrary } from '../draft/DraftLibrary.ts';
import type { Metric } from '../report/Metric.ts';
import type { TargetKind } from '../targets/Target.ts';

/** One workload of issue 6, run against each server in turn. */
export interface Workload<R> {
  id: string;
  title: string;
  /** What the reader needs to interpret the figures. */
  description: string;
  /** `drafts` gives every server the same consultations (and builds each draft once per run). */
  run(kind: TargetKind, drafts: DraftLibrary): Promise<R>;
  metrics: Metric<R>[];
  /** Lines printed under the table (warnings about the run), from every server's result. */
  notes?(results: ReadonlyMap<TargetKind, R>): string[];
}
