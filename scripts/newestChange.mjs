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
