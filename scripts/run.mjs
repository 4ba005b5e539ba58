#!/usr/bin/env node
// Zero-dependency entry point behind `npm start`, `npm test` and `npm run dev`
// (and their pnpm twins): it makes a fresh clone runnable with nothing but
// Node and npm, installing pnpm, the dependencies and the test services on demand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newest, serverBuildIsStale } from './newestChange.mjs';
import { SERVER_NODE_FLAGS } from './serverNodeFlags.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const PNPM_VERSION = '10.34.9';
const command = process.argv[2];
const extra = process.argv.slice(3);

function say(message) {
  process.stderr.write(`\x1b[2m[roundtable]\x1b[0m ${message}\n`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function has(cmd, args = ['--version']) {
  const result = spawnSync(cmd, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

function pnpm() {
  if (has('pnpm')) return { cmd: 'pnpm', pre: [] };
  say(`pnpm not found: using npx pnpm@${PNPM_VERSION}`);
  return { cmd: 'npx', pre: ['--yes', `pnpm@${PNPM_VERSION}`] };
}

function ensureDependencies(p) {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(root, 'pnpm-lock.yaml')).mtimeMs) return;
  say('installing dependencies (first run takes a minute or two)');
  run(p.cmd, [...p.pre, 'install', '--frozen-lockfile']);
}

function ensureClientBuilt(p) {
  const built = join(root, 'client', 'dist', 'index.html');
  const sources = Math.max(newest(join(root, 'client')), newest(join(root, 'packages')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  say('building the client');
  run(p.cmd, [...p.pre, '--filter', '@roundtable/client', 'build']);
}

// The server runs compiled (scripts/build-server.mjs): without tsx resident it starts in less memory.
function ensureServerBuilt() {
  if (!serverBuildIsStale(root)) return;
  say('building the server');
  run(process.execPath, [join(root, 'scripts', 'build-server.mjs')]);
}

function ensureSystemPackages() {
  const missing = [];
  if (!has('redis-server')) missing.push('redis-server');
  // The end-to-end tests run Debian's Chromium as its headless shell (tests/helpers/browser.ts).
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'))
    missing.push('chromium-headless-shell');
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !has('apt-get', ['--version'])) {
    say(
      `the tests need: ${missing.join(', ')}. Install them (e.g. sudo apt-get install -y ${missing.join(' ')}) and run again.`,
    );
    process.exit(1);
  }
  say(`installing ${missing.join(', ')} with apt-get`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const children = new Set();
// Whatever ends this script (a signal, its parent going away), its children stop with it: a server
// left running after its launcher is gone would keep holding the port.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}
const parent = process.ppid;
setInterval(() => {
  // Reparented: whoever started us (pnpm, npm, a terminal) is gone without passing on a signal.
  if (process.ppid !== parent) for (const child of children) child.kill('SIGTERM');
}, 500).unref();

/** Starts a child that stops with this script; `onExit` gets its exit status (1 when a signal ended it). */
function startChild(cmd, args, options, onExit) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    onExit(code ?? (signal ? 1 : 0));
  });
  return child;
}

/** Runs a child as the script's own work: when it ends, the other children stop and the script exits with its status. */
function exec(cmd, args, env = {}, options = {}) {
  return startChild(cmd, args, { env: { ...process.env, ...env }, ...options }, (status) => {
    for (const other of children) other.kill('SIGTERM');
    process.exit(status);
  });
}

/**
 * The whole suite: the unit files first (on every core), then the end-to-end files (Chromium keeps
 * both cores of a 2-core machine busy: two such files at once ran each two to three times slower)
 * side by side with the integration files (which leave 40 % of the machine idle on their own,
 * waiting on timers and sockets). Each vitest run takes its files one at a time. `stages` run in
 * turn, the runs of a stage side by side; every stage runs, and the script exits with the first
 * failure's status.
 */
async function runStages(cmd, stages) {
  const results = [];
  for (const stage of stages) {
    const codes = await Promise.all(stage.map((args) => new Promise((resolve) => startChild(cmd, args, {}, resolve))));
    results.push(...stage.map((args, i) => ({ args, code: codes[i] })));
  }
  for (const { args, code } of results) say(`vitest ${args.slice(1).join(' ')}: ${code === 0 ? 'passed' : 'FAILED'}`);
  process.exit(results.find((r) => r.code !== 0)?.code ?? 0);
}

/** The server, with an IPC channel: if this script dies even by SIGKILL, the server sees it and stops. */
function execServer(args, env) {
  return exec(process.execPath, args, env, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
}

const p = pnpm();
switch (command) {
  case 'start': {
    ensureDependencies(p);
    ensureClientBuilt(p);
    ensureServerBuilt();
    execServer([...SERVER_NODE_FLAGS, 'server/dist/main.js', ...extra], { ROUNDTABLE_BANNER: '1' });
    break;
  }
  case 'dev': {
    ensureDependencies(p);
    say('server on :8787 (restarts on change), client with hot reload on :5173');
    exec(process.execPath, ['--import', 'tsx', '--watch', 'server/src/main.ts'], {
      ROUNDTABLE_BANNER: '1',
      PUBLIC_URL: 'http://localhost:5173',
    });
    exec(p.cmd, [...p.pre, '--filter', '@roundtable/client', 'dev']);
    break;
  }
  case 'test': {
    ensureDependencies(p);
    ensureSystemPackages();
    ensureClientBuilt(p);
    const vitest = join(root, 'node_modules', '.bin', 'vitest');
    if (extra.length > 0) {
      exec(vitest, ['run', ...extra]);
      break;
    }
    // Built once here, not by both lanes' global setup at the same time.
    ensureServerBuilt();
    void runStages(vitest, [
      [['run', '--project', 'unit']],
      // Not beside the e2e run: two timing-sensitive integration tests failed there (serverClientId, scaleOut).
      [['run', '--project', 'integration']],
      [['run', '--project', 'e2e']],
    ]);
    break;
  }
  default:
    say('usage: node scripts/run.mjs start|dev|test');
    process.exit(2);
}
