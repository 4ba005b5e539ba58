/** Which direction is better, for the ratio of Roundtable to the better peer. */
export type Better = 'lower' | 'higher';

/** A bound on Roundtable's figure, from the targets. */
export type Goal = { kind: 'ratio'; max: number } | { kind: 'max'; value: number } | { kind: 'zero' };

/** One row of a workload's table. */
export interface Metric<R> {
  label: string;
  /** null: not applicable to this server. */
  value(result: R): number | null;
  format(value: number): string;
  better?: Better;
  goal?: Goal;
}
