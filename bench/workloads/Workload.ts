import type { Metric } from '../report/Metric.ts';
import type { TargetKind } from '../targets/Target.ts';

/** Documents shared by the workloads that need a demo-sized draft. */
export interface BenchDocuments {
  /** The demo draft as 10,000 stored updates (seed + one-character edits). */
  history: Uint8Array[];
  /** The same document encoded as one update. */
  state: Uint8Array;
}

/** One workload of issue 6, run against each server in turn. */
export interface Workload<R> {
  id: string;
  title: string;
  /** What the reader needs to interpret the figures. */
  description: string;
  run(kind: TargetKind, documents: BenchDocuments): Promise<R>;
  metrics: Metric<R>[];
}
