/** How long to time a function for. */
export interface RunBudget {
  /** Stop once this much time has passed (ms)... */
  ms: number;
  /** ...or after this many runs, whichever comes first. */
  maxRuns: number;
}

/**
 * Runs `fn` over and over and returns each run's duration in milliseconds,
 * sorted ascending. A tenth of the budget goes to unmeasured warm-up runs
 * first, so the optimising compiler has seen the code. Every run is timed
 * on its own, so garbage collection pauses land in the tail, as they would
 * on a server.
 */
export function timeRuns(fn: () => unknown, budget: RunBudget): Float64Array {
  const warmUpEnd = performance.now() + budget.ms / 10;
  for (let i = 0; i < budget.maxRuns && performance.now() < warmUpEnd; i++) fn();
  const samples: number[] = [];
  const end = performance.now() + budget.ms;
  while (samples.length < budget.maxRuns && (samples.length < 5 || performance.now() < end)) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return Float64Array.from(samples).sort();
}
