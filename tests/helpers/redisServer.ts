import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';

export interface RedisProcess {
  url: string;
  port: number;
  dir: string;
  /** Stops the server (SIGKILL by default: a crash), keeping its data directory. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and directory. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  destroy(): Promise<void>;
}

export interface RedisStartOptions {
  /** Keep an append-only file (fsync every second): what production should run. */
  appendOnly?: boolean;
  extraArgs?: string[];
}

/** Starts a real `redis-server` on a free port in a temporary directory. */
export async function startRedis(options: RedisStartOptions = {}): Promise<RedisProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-redis-'));
  let child: ChildProcess | null = null;
  const args = () => [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    options.appendOnly ? 'yes' : 'no',
    '--appendfsync',
    'everysec',
    '--daemonize',
    'no',
    ...(options.extraArgs ?? []),
  ];
  const start = async () => {
    child = spawn('redis-server', args(), { stdio: 'ignore' });
    await waitForPort(port);
  };
  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill(signal);
    await exited;
    child = null;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RedisClusterProcess {
  /** URL of one node; the client discovers the rest. */
  url: string;
  nodes: RedisProcess[];
  destroy(): Promise<void>;
}

/** Starts three master nodes and joins them into a Redis Cluster. */
export async function startRedisCluster(): Promise<RedisClusterProcess> {
  const nodes: RedisProcess[] = [];
  for (let i = 0; i < 3; i++) {
    nodes.push(await startRedis({ extraArgs: ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf'] }));
  }
  const created = spawnSync(
    'redis-cli',
    ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes'],
    { encoding: 'utf8' },
  );
  if (created.status !== 0) throw new Error(`redis-cli --cluster create failed: ${created.stdout}${created.stderr}`);
  const first = nodes[0] as RedisProcess;
  // Every node must agree before clients discover the topology, or they get MOVED replies.
  // A plain loop, not vi.waitFor: the benchmarks start Redis through this file outside vitest.
  for (let attempt = 0; ; attempt++) {
    const agreed = nodes.every((node) => {
      const info = spawnSync('redis-cli', ['-p', String(node.port), 'cluster', 'info'], { encoding: 'utf8' });
      return info.stdout.includes('cluster_state:ok') && info.stdout.includes('cluster_known_nodes:3');
    });
    if (agreed) break;
    if (attempt === 200) throw new Error('the Redis cluster nodes did not agree within 20 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: first.url,
    nodes,
    async destroy() {
      await Promise.all(nodes.map((n) => n.destroy()));
    },
  };
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.write('PING\r\n');
      });
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() - start > timeoutMs) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
