import type { TargetKind } from '../targets/Target.ts';
import type { Workload } from '../workloads/Workload.ts';
import { times } from './format.ts';
import type { Goal, Metric } from './Metric.ts';

/**
 * A workload's results as a markdown table: one row per metric, one column
 * per server, Roundtable's figure over the better peer's, and, when the run
 * included a variant of Roundtable (`--policy-off`), Roundtable's figure
 * over the variant's.
 */
export function renderWorkload<R>(workload: Workload<R>, results: ReadonlyMap<TargetKind, R>): string {
  const kinds = [...results.keys()];
  const ours = kinds.find((k) => k.role === 'ours');
  const variant = kinds.find((k) => k.role === 'variant');
  const figure = (metric: Metric<R>, kind: TargetKind | undefined) =>
    kind === undefined ? null : metric.value(results.get(kind) as R);
  const header = [
    'metric',
    ...kinds.map((k) => k.name),
    'Roundtable ÷ better peer',
    ...(variant ? [`Roundtable ÷ ${variant.name}`] : []),
    'target',
  ];
  const rows = workload.metrics.map((metric) => {
    const values = kinds.map((kind) => figure(metric, kind));
    const ourValue = figure(metric, ours);
    const peers = kinds.filter((k) => k.role === 'peer').map((kind) => figure(metric, kind));
    const ratio = ratioToBetterPeer(metric, ourValue, peers);
    const variantRatio = variant ? ratioTo(metric, ourValue, figure(metric, variant)) : null;
    return [
      metric.label,
      ...values.map((v) => (v === null || Number.isNaN(v) ? 'n/a' : metric.format(v))),
      ratio === null ? '' : times(ratio),
      ...(variant ? [variantRatio === null ? '' : times(variantRatio)] : []),
      goalCell(metric, ourValue, ratio),
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
    ...(workload.notes?.(results) ?? []).flatMap((note) => [note, '']),
  ].join('\n');
}

function ratioToBetterPeer<R>(metric: Metric<R>, ours: number | null, peers: (number | null)[]): number | null {
  const known = peers.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!metric.better || ours === null || known.length === 0) return null;
  const best = metric.better === 'lower' ? Math.min(...known) : Math.max(...known);
  return best === 0 ? null : ours / best;
}

function ratioTo<R>(metric: Metric<R>, ours: number | null, other: number | null): number | null {
  if (!metric.better || ours === null || other === null || !Number.isFinite(other) || other === 0) return null;
  return ours / other;
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
