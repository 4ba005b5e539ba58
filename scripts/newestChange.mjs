// Zero-dependency (Node's own modules only): imported by scripts/run.mjs before anything is installed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The newest modification time (ms since the epoch) of `path` or anything
 * under it, skipping `node_modules` and `dist`; 0 when it does not exist.
 * What `npm start` and the tests compare with a build's time to know it is stale.
 * @param {string} path
 * @returns {number}
 */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/**
 * True when the compiled server (`server/dist/main.js` under `root`) is
 * missing or older than anything it is built from: the server's sources,
 * the workspace packages, the build script itself, or the last `pnpm install`
 * (`node_modules/.modules.yaml`, rewritten by every install): the build
 * imports each library by the path it was installed at, and an install can
 * move it (a dependency patched under `patches/` gets a new folder) without
 * changing anything under `server/src`.
 * @param {string} root the workspace's root folder
 * @returns {boolean}
 */
export function serverBuildIsStale(root) {
  const built = join(root, 'server', 'dist', 'main.js');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newest(join(root, 'server', 'src')),
    newest(join(root, 'packages')),
    newest(join(root, 'scripts', 'build-server.mjs')),
    newest(join(root, 'node_modules', '.modules.yaml')),
  );
  return statSync(built).mtimeMs < sources;
}
