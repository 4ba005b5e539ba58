import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../../tests/helpers/freePort.ts';
import { pinnedCommand, SERVER_CPU } from '../scheduling.ts';

const KEEP_OUTPUT = 16 * 1024;

/** Set by `pnpm bench --profile <dir>`: every server writes a V8 CPU profile there when it stops. */
export const PROFILE_ENV = 'BENCH_PROFILE_DIR';

/** Servers still running, killed if the driver exits early so that none outlives a failed run. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface PinnedProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Spawns `node <nodeFlags> <script>` on CPU 1 (see `pinnedCommand`) with PORT set to a
 * free port, and waits until it answers HTTP; a TypeScript script (`.ts`)
 * runs through tsx (`node --import tsx`). `taskset` and `nice` exec node, so
 * the child's pid is the server's.
 */
export async function spawnPinned(
  script: string,
  options: { cwd: string; env: Record<string, string>; nodeFlags?: readonly string[] },
): Promise<PinnedProcess> {
  const port = await freePort();
  const profileDir = process.env[PROFILE_ENV];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const [command, args] = pinnedCommand(SERVER_CPU, [
    process.execPath,
    ...(options.nodeFlags ?? []),
    ...profile,
    ...loader,
    script,
  ]);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-KEEP_OUTPUT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn ${script}`);
  await waitForHttp(`http://127.0.0.1:${port}/`, child, () => output);
  return {
    child,
    pid,
    port,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(url).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not answer ${url} in time:\n${output()}`);
}
