/**
 * Server memory at start: starts the server the way `pnpm start` does
 * (`node scripts/run.mjs start`, which launches the server as its child),
 * waits until `GET /healthz` answers, and reads the server process's
 * `VmRSS`. A fresh `DATA_DIR` every run; nothing is loaded or joined.
 *   pnpm bench:rss [--runs 5] [--tsx]
 * `--tsx` starts `node --import tsx server/src/main.ts` instead (what the
 * tests and `pnpm bench` run), to show what the TypeScript loader costs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rssBytes } from './measure/proc.ts';
import { median } from './measure/quantile.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1] ?? 5) || 5;
const viaTsx = argv.includes('--tsx');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** The process that serves: run.mjs's child, or the spawned process itself with `--tsx`. */
function serverPid(launcher: ChildProcess): number {
  const pid = launcher.pid as number;
  if (viaTsx) return pid;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  if (children.length !== 1) throw new Error(`expected one server process under run.mjs, found ${children.length}`);
  return Number(children[0]);
}

async function waitHealthy(url: string, launcher: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (launcher.exitCode !== null) throw new Error(`the server exited with ${launcher.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not answer /healthz in 180 s');
}

async function once(run: number): Promise<{ server: number; launcher: number | null; startMs: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-rss-'));
  const port = await freePort();
  const args = viaTsx ? ['--import', 'tsx', 'server/src/main.ts'] : ['scripts/run.mjs', 'start'];
  const started = performance.now();
  const launcher = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  launcher.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((r) => launcher.once('exit', () => r()));
  try {
    await waitHealthy(`http://127.0.0.1:${port}`, launcher);
    const startMs = performance.now() - started;
    const pid = serverPid(launcher);
    const server = rssBytes(pid);
    if (run === 0 && /building/.test(output))
      process.stderr.write(
        output
          .split('\n')
          .filter((l) => /building/.test(l))
          .join('\n') + '\n',
      );
    return { server, launcher: viaTsx ? null : rssBytes(launcher.pid as number), startMs };
  } catch (error) {
    process.stderr.write(output);
    throw error;
  } finally {
    launcher.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const servers: number[] = [];
const launchers: number[] = [];
const starts: number[] = [];
for (let run = 0; run < runs; run++) {
  const r = await once(run);
  servers.push(r.server);
  if (r.launcher !== null) launchers.push(r.launcher);
  starts.push(r.startMs);
}
const how = viaTsx ? '`node --import tsx server/src/main.ts`' : '`pnpm start` (`node scripts/run.mjs start`)';
const [load1] = loadavg();
process.stdout.write(
  [
    `Server RSS at start, ${how}, ${runs} runs, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
      `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${load1?.toFixed(1)}`,
    '',
    '| process | median | min | max |',
    '| --- | --- | --- | --- |',
    `| server (VmRSS after /healthz answers) | ${mb(median(servers))} | ${mb(Math.min(...servers))} | ${mb(Math.max(...servers))} |`,
    ...(launchers.length
      ? [
          `| launcher (run.mjs, waits for the server) | ${mb(median(launchers))} | ${mb(Math.min(...launchers))} | ${mb(Math.max(...launchers))} |`,
        ]
      : []),
    `| start to /healthz | ${median(starts).toFixed(0)} ms | ${Math.min(...starts).toFixed(0)} ms | ${Math.max(...starts).toFixed(0)} ms |`,
    '',
  ].join('\n'),
);
