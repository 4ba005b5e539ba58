import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** The driver runs on CPU 0, every server under test alone on CPU 1. */
export const DRIVER_CPU = '0';
export const SERVER_CPU = '1';

/**
 * Highest niceness, so that on a shared machine other processes rarely take
 * the CPU from the driver or the server. Not real-time priority (`chrt -f`):
 * a FIFO thread spinning on a lock held by another thread of the same process
 * on the same CPU never yields, which livelocked the driver in a trial.
 */
const NICENESS = '-20';
const PRIORITY_ENV = 'BENCH_PRIORITY';

/** Whether the driver and servers run at raised priority (decided once, before the driver re-executes). */
export function usesRaisedPriority(): boolean {
  return process.env[PRIORITY_ENV] === '1';
}

/** `[command, args]` running `argv` on `cpu`, at raised priority when available. */
export function pinnedCommand(cpu: string, argv: readonly string[]): [string, string[]] {
  const priority = usesRaisedPriority() ? ['nice', '-n', NICENESS] : [];
  return ['taskset', ['-c', cpu, ...priority, ...argv]];
}

/**
 * Runs the rest of the benchmark pinned to CPU 0: unless already done,
 * re-executes this script under `taskset -c 0` (and `nice -n -20` when
 * allowed and `raise` is true) and exits with its status. Returns only in the
 * pinned process.
 */
export async function pinDriver(options: { raise: boolean }): Promise<void> {
  if (cpus().length < 2) throw new Error('the benchmark needs two CPUs: one for the driver, one for the server');
  const allowed = /^Cpus_allowed_list:\s*(\S+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  if (allowed === DRIVER_CPU && process.env[PRIORITY_ENV] !== undefined) return;
  const script = process.argv[1];
  if (!script) throw new Error('pinDriver: no script path in argv');
  process.env[PRIORITY_ENV] = options.raise && canRaisePriority() ? '1' : '0';
  const [command, args] = pinnedCommand(DRIVER_CPU, [
    process.execPath,
    '--import',
    'tsx',
    script,
    ...process.argv.slice(2),
  ]);
  const child = spawn(command, args, { stdio: 'inherit' });
  const code = await new Promise<number>((resolve) =>
    child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))),
  );
  process.exit(code);
}

/** `nice` runs the command anyway when it may not raise priority, so ask the command what it got. */
function canRaisePriority(): boolean {
  const probe = spawnSync('nice', ['-n', NICENESS, 'nice'], { encoding: 'utf8' });
  return probe.status === 0 && probe.stdout.trim() === NICENESS;
}
