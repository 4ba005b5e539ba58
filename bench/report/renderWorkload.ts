import type { TargetName } from '../targets/Target.ts';
import type { Workload } from '../workloads/Workload.ts';
import { times } from './format.ts';
import type { Goal, Metric } from './Metric.ts';

const OURS: TargetName = 'Roundtable';

/** A workload's results as a markdown table: one row per metric, one column per server. */
export function renderWorkload<R>(workload: Workload<R>, results: ReadonlyMap<TargetName, R>): string {
  const names = [...results.keys()];
  const header = ['metric', ...names, `${OURS} ÷ better peer`, 'target'];
  const rows = workload.metrics.map((metric) => {
    const values = names.map((name) => metric.value(results.get(name) as R));
    const ours = names.includes(OURS) ? metric.value(results.get(OURS) as R) : null;
    const peers = names.filter((n) => n !== OURS).map((n) => metric.value(results.get(n) as R));
    const ratio = ratioToBetterPeer(metric, ours, peers);
    return [
      metric.label,
      ...values.map((v) => (v === null || Number.isNaN(v) ? 'n/a' : metric.format(v))),
      ratio === null ? '' : times(ratio),
      goalCell(metric, ours, ratio),
    ];
  });
  return [
    `### (${workload.id}) ${workload.title}`,
    '',
    workload.description,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
  ].join('\n');
}

function ratioToBetterPeer<R>(metric: Metric<R>, ours: number | null, peers: (number | null)[]): number | null {
  const known = peers.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!metric.better || ours === null || known.length === 0) return null;
  const best = metric.better === 'lower' ? Math.min(...known) : Math.max(...known);
  return best === 0 ? null : ours / best;
}

function goalCell<R>(metric: Metric<R>, ours: number | null, ratio: number | null): string {
  const goal = metric.goal;
  if (!goal) return '';
  const text = goalText(metric, goal);
  const met = goalMet(goal, ours, ratio);
  return met === null ? text : `${text} ${met ? '✅' : '❌'}`;
}

function goalText<R>(metric: Metric<R>, goal: Goal): string {
  switch (goal.kind) {
    case 'ratio':
      return `≤ ${goal.max}× better peer`;
    case 'max':
      return `≤ ${metric.format(goal.value)}`;
    case 'zero':
      return '0';
  }
}

function goalMet(goal: Goal, ours: number | null, ratio: number | null): boolean | null {
  if (ours === null) return null;
  switch (goal.kind) {
    case 'ratio':
      return ratio === null ? null : ratio <= goal.max;
    case 'max':
      return ours <= goal.value;
    case 'zero':
      return ours === 0;
  }
}
