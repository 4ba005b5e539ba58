import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SERVER_NODE_FLAGS } from '../../scripts/serverNodeFlags.mjs';
import { accessTo, api, createConsultation, invite, joinAttempts, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, waitFor, whenSynced } from '../helpers/providers.ts';
import { REPO_ROOT, type ServerProcess, startServer } from '../helpers/startServer.ts';

let server: ServerProcess;

beforeAll(async () => {
  // What `pnpm start` runs: the server compiled by scripts/build-server.mjs (the project's global setup), without tsx,
  // with Node's flags from scripts/serverNodeFlags.mjs.
  // A join limit low enough to reach: the rate limiter loads its store by file (server/src/storage/createMemoryRateCounters.ts).
  server = await startServer({
    args: [...SERVER_NODE_FLAGS, 'server/dist/main.js'],
    env: { ...TEST_AUTH_ENV, RATE_LIMIT_JOIN_PER_MINUTE: '3' },
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('the compiled server (pnpm start)', () => {
  it('seeds the demo draft with the headless editor (imported on demand) and serves it to a y-websocket client', async () => {
    const member = await invite(accessTo(server), 'demo', { role: 'participant' });
    const peer = connectPeer(server.wsUrl, 'demo:draft', { params: { token: member.token } });
    try {
      await whenSynced(peer, 20_000);
      expect(peer.doc.get('root', Y.XmlText).toString()).toContain('Veloria');
    } finally {
      peer.destroy();
    }
  });

  it('writes the Word and Excel exports (docx and ExcelJS imported on demand)', async () => {
    for (const file of ['profile.docx', 'comments.xlsx']) {
      const res = await fetch(`${server.url}/api/consultations/demo/export/${file}`, {
        headers: { authorization: `Bearer ${TEST_AUTH_ENV.ADMIN_TOKEN}` },
      });
      expect(res.status, file).toBe(200);
      // Both are zip archives.
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 2)], file).toEqual([0x50, 0x4b]);
    }
  });

  it("gives a burst's garbage back once quiet: one full collection, after the quiet, not again", async () => {
    const reductions = () =>
      server
        .stdout()
        .split('\n')
        .filter((line) => line.includes('"event":"heap.reduced"'))
        .map((line) => JSON.parse(line) as { time: string; oldGenerationBefore: number; oldGenerationAfter: number });
    // Earlier tests' collection, if any, is at least IdleHeapReducer's minimum gap (5 s) before the next.
    const seen = reductions().length;
    // The burst: three new demo drafts, each written by the headless editor on its first export (tens of MB
    // allocated, much of it surviving long enough to be promoted), with their Word files and workbooks.
    for (let i = 0; i < 3; i++) {
      const { id } = await createConsultation(accessTo(server), {
        id: `burst-${seen}-${i}`,
        seed: 'demo',
        title: `Burst ${i}`,
        country: 'Testland',
      });
      for (const file of ['profile.docx', 'comments.xlsx']) {
        const res = await fetch(`${server.url}/api/consultations/${id}/export/${file}`, {
          headers: { authorization: `Bearer ${TEST_AUTH_ENV.ADMIN_TOKEN}` },
        });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
    }
    const burstEnded = Date.now();
    await waitFor(() => reductions().length > seen, 'a heap.reduced record after the burst', 20_000);
    const reduced = reductions()[seen];
    expect(reduced?.oldGenerationAfter).toBeLessThan(reduced?.oldGenerationBefore ?? 0);
    // Not during the burst: only after half a second of quiet (two looks of 250 ms under 5 % busy).
    expect(Date.parse(reduced?.time ?? '') - burstEnded).toBeGreaterThanOrEqual(400);
    // Quiet and no new growth: no second collection.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(reductions()).toHaveLength(seen + 1);
  });

  it('the container starts it with the same Node flags as pnpm start', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8'))?.[1];
    expect(JSON.parse(cmd ?? '[]')).toEqual(['node', ...SERVER_NODE_FLAGS, 'server/dist/main.js']);
  });

  it("runs Lexical's production build whatever NODE_ENV says (bundled, one copy, no development build)", () => {
    // Lexical's default entry loads both builds and picks by NODE_ENV at run time: unset here, as in the quick start.
    const dist = join(REPO_ROOT, 'server', 'dist');
    const files = filesTheServerLoads(dist);
    expect(files.length).toBeGreaterThan(5);
    const sources = files.flatMap(
      (f) => (JSON.parse(readFileSync(join(dist, `${f}.map`), 'utf8')) as { sources: string[] }).sources,
    );
    const lexical = sources.filter((s) => /[\\/](lexical|@lexical[\\/][a-z-]+)[\\/]dist[\\/]/.test(s));
    expect(lexical.some((s) => /[\\/]lexical[\\/]dist[\\/]Lexical\.prod\.js$/.test(s))).toBe(true);
    expect(lexical.some((s) => /[\\/]@lexical[\\/]yjs[\\/]dist[\\/]LexicalYjs\.prod\.js$/.test(s))).toBe(true);
    expect(lexical.filter((s) => !s.endsWith('.prod.js'))).toEqual([]);
    // Nothing imports a Lexical package from node_modules at run time (that would be its NODE_ENV-picking entry).
    for (const file of files) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(
        /(from|import\(?)\s*["'][^"']*node_modules\/[^"']*lexical/,
      );
    }
  });

  it('answers 429 past the join limit, with Retry-After', async () => {
    const { statuses, last } = await joinAttempts(server, 5);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(last?.body.error.code).toBe('rate_limited');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('maps errors to the JSON error shape', async () => {
    const res = await api(server, '/api/consultations/demo/export/profile.docx');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toEqual(expect.any(String));
  });
});

/** main.js and every chunk it imports, statically (`from`, or bare) or on demand (an earlier build's chunks may lie beside them). */
function filesTheServerLoads(dist: string): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, chunk] of code.matchAll(/(?:from|import\(?)\s*"\.\/([^"]+\.js)"/g)) visit(chunk as string);
  };
  visit('main.js');
  return [...found];
}
