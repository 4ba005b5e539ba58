#!/usr/bin/env node
// Zero-dependency entry point behind `npm start`, `npm test` and `npm run dev`
// (and their pnpm twins): it makes a fresh clone runnable with nothing but
// Node and npm, installing pnpm, the dependencies and the test services on demand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newest, serverBuildIsStale } from './newestChange.mjs';

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
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
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

function exec(cmd, args, env = {}, options = {}) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, ...options });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    for (const other of children) other.kill('SIGTERM');
    process.exit(code ?? (signal ? 1 : 0));
  });
  return child;
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
    execServer(['server/dist/main.js', ...extra], { ROUNDTABLE_BANNER: '1' });
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
    exec(join(root, 'node_modules', '.bin', 'vitest'), ['run', ...extra]);
    break;
  }
  default:
    say('usage: node scripts/run.mjs start|dev|test');
    process.exit(2);
}
