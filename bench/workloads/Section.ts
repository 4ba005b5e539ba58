import { renderWorkload } from '../report/renderWorkload.ts';
import type { TargetKind, TargetName } from '../targets/Target.ts';
import type { BenchDocuments, Workload } from './Workload.ts';

/** A workload with its result type hidden: runs against every server and renders its table. */
export interface Section {
  id: string;
  run(kinds: readonly TargetKind[], documents: BenchDocuments, progress: (line: string) => void): Promise<string>;
}

export function section<R>(workload: Workload<R>): Section {
  return {
    id: workload.id,
    async run(kinds, documents, progress) {
      const results = new Map<TargetName, R>();
      for (const kind of kinds) {
        const start = performance.now();
        try {
          results.set(kind.name, await workload.run(kind, documents));
        } catch (error) {
          throw new Error(`(${workload.id}) ${kind.name} failed`, { cause: error });
        }
        progress(`(${workload.id}) ${kind.name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
      }
      return renderWorkload(workload, results);
    },
  };
}
