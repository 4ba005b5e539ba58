import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverBuildIsStale } from '../../scripts/newestChange.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * Compiles the server (`scripts/build-server.mjs`, about a second) unless
 * `server/dist/main.js` is newer than every file of `server/src` and
 * `packages`, than the build script and than the last install (`serverBuildIsStale`): what
 * `npm start` also checks. Synchronous; throws when the
 * build fails. Called by `startServer` for the compiled default, so a test,
 * a benchmark or the screenshots never start a stale build.
 */
export function ensureServerBuilt(): void {
  if (!serverBuildIsStale(ROOT)) return;
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
