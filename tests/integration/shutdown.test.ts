import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloseCode } from '@roundtable/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendInDraft, textAt } from '../helpers/draftEdits.ts';
import { accessTo, openRoom, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { connectRaw } from '../helpers/rawClient.ts';
import { REPO_ROOT, type ServerProcess, startServer } from '../helpers/startServer.ts';

const servers: ServerProcess[] = [];
const peers: Peer[] = [];
afterEach(async () => {
  for (const p of peers.splice(0)) p.destroy();
  await Promise.all(servers.splice(0).map((s) => s.kill()));
});

/** Binds `port` on 127.0.0.1 and lets it go: resolves true when nothing else holds it. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function exitOf(server: ServerProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = server.process;
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe.each(['SIGTERM', 'SIGINT'] as const)('graceful shutdown on %s', (signal) => {
  it('stores every edit, closes sockets with 1001, exits 0 and frees the port', async () => {
    const server = await startServer({ env: { ...TEST_AUTH_ENV } });
    servers.push(server);
    const { room, params } = await openRoom(accessTo(server), `bye-${signal.toLowerCase()}`);
    const writer = connectPeer(server.wsUrl, room, { params });
    peers.push(writer);
    await whenSynced(writer);
    const raw = await connectRaw(`${server.wsUrl}/${room}?token=${params.token}`);
    appendInDraft(writer.doc, 'kept through the shutdown');
    await waitFor(() => raw.frames.length >= 3, 'the edit relayed to the raw client');
    // The stay-connected peer must not reconnect into the stopping server and hold it open.
    writer.provider.shouldConnect = false;

    const exited = exitOf(server);
    server.process.kill(signal);
    const closed = await raw.closed;
    expect(closed.code).toBe(CloseCode.GoingAway);
    const { code } = await exited;
    expect(code).toBe(0);
    expect(await portIsFree(server.port)).toBe(true);
    expect(server.stdout()).toContain('"event":"server.stopped"');

    // What was edited before the signal is in the store: a server on the same data serves it.
    const again = await startServer({ dataDir: server.dataDir, env: { ...TEST_AUTH_ENV } });
    servers.push(again);
    const reader = connectPeer(again.wsUrl, room, { params });
    peers.push(reader);
    await whenSynced(reader);
    expect(textAt(reader.doc)).toContain('kept through the shutdown');
  });
});

describe('the launcher behind `pnpm start`', () => {
  /** Starts `sh -c 'node scripts/run.mjs start'` (a stand-in for pnpm) and waits for the server's port. */
  async function launch(): Promise<{ shell: ChildProcess; port: number; output: () => string }> {
    const shell = spawn('sh', ['-c', 'node scripts/run.mjs start; exit 0'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...TEST_AUTH_ENV,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'rt-')),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no server.listening:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /"event":"server\.listening"[^\n]*"port":(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      shell.stdout?.on('data', onData);
      shell.stderr?.on('data', onData);
    });
    return { shell, port, output: () => output };
  }

  // Regression: killing pnpm (not its process group) left `run.mjs` and the server running, holding the port.
  it('stops the server and frees the port when whatever started it is killed', async () => {
    const { shell, port, output } = await launch();
    expect(await portIsFree(port)).toBe(false);
    shell.kill('SIGKILL');
    await vi.waitFor(
      async () => {
        expect(await portIsFree(port)).toBe(true);
      },
      { timeout: 20_000, interval: 200 },
    );
    await vi.waitFor(() => expect(output()).toContain('"event":"server.stopped"'), { timeout: 5_000 });
  });
});
