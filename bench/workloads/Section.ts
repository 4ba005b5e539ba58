import type { DraftLibrary } from '../draft/DraftLibrary.ts';
import { renderWorkload } from '../report/renderWorkload.ts';
import type { TargetKind } from '../targets/Target.ts';
import type { Workload } from './Workload.ts';

/** A workload with its result type hidden: runs against every server and renders its table. */
export interface Section {
  id: string;
  run(kinds: readonly TargetKind[], drafts: DraftLibrary, progress: (line: string) => void): Promise<string>;
}

export function section<R>(workload: Workload<R>): Section {
  return {
    id: workload.id,
    async run(kinds, drafts, progress) {
      const results = new Map<TargetKind, R>();
      for (const kind of kinds) {
        const start = performance.now();
        try {
          results.set(kind, await workload.run(kind, drafts));
        } catch (error) {
          throw new Error(`(${workload.id}) ${kind.name} failed`, { cause: error });
        }
        progress(`(${workload.id}) ${kind.name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
      }
      return renderWorkload(workload, results);
    },
  };
}
