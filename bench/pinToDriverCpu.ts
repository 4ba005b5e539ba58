import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** The driver's CPU; servers under test take CPU 1. */
const DRIVER_CPU = '0';

/**
 * Runs the rest of the benchmark pinned to CPU 0: when this process may run
 * elsewhere, re-executes it under `taskset -c 0` and exits with its status.
 * Returns only in the pinned process.
 */
export async function pinToDriverCpu(): Promise<void> {
  if (cpus().length < 2) throw new Error('the benchmark needs two CPUs: one for the driver, one for the server');
  const allowed = /^Cpus_allowed_list:\s*(\S+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  if (allowed === DRIVER_CPU) return;
  const script = process.argv[1];
  if (!script) throw new Error('pinToDriverCpu: no script path in argv');
  const child = spawn(
    'taskset',
    ['-c', DRIVER_CPU, process.execPath, '--import', 'tsx', script, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  const code = await new Promise<number>((resolve) =>
    child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))),
  );
  process.exit(code);
}
