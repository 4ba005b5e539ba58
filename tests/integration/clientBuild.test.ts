import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/startServer.ts';

const CLIENT = join(REPO_ROOT, 'client');
const outDir = mkdtempSync(join(tmpdir(), 'roundtable-client-build-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the client build', () => {
  it('is a production build even when the shell says NODE_ENV=test', () => {
    execFileSync(
      process.execPath,
      [join(CLIENT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir],
      {
        cwd: CLIENT,
        env: { ...process.env, NODE_ENV: 'test' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const assets = join(outDir, 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(10);
    // The bundler's own runtime (its helpers for module namespaces and CommonJS, shared by the chunks of
    // markdown-it and qrcode) comes from no source file, and has no map.
    const sources = scripts
      .filter((f) => !f.startsWith('rolldown-runtime-'))
      .flatMap((f) => (JSON.parse(readFileSync(join(assets, `${f}.map`), 'utf8')) as { sources: string[] }).sources);
    // Libraries' production builds (Lexical ships both; the development one carries every invariant message).
    expect(sources.some((s) => /[\\/]lexical[\\/]dist[\\/]Lexical\.prod\.js$/.test(s))).toBe(true);
    expect(sources.filter((s) => /\.dev\.js$/.test(s))).toEqual([]);
    // JSX compiled for production: no source file names and line numbers in the bundle.
    for (const file of scripts) {
      const code = readFileSync(join(assets, file), 'utf8');
      expect(code, file).not.toContain('lineNumber:');
      expect(code, file).not.toContain(CLIENT);
    }
  });
});
