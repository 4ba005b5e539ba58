import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from './startServer.ts';

/**
 * Vitest global setup of the integration and end-to-end projects: compiles the
 * server once (scripts/build-server.mjs, about a second) so that every
 * `startServer()` runs what `npm start` ships, without transpiling the
 * TypeScript sources again on each start (0.6 s against 1.3 s per start here).
 */
export default function buildServer(): void {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
