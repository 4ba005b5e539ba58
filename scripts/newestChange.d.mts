/** The newest modification time (ms) of `path` or anything under it, skipping `node_modules` and `dist`; 0 when absent. */
export function newest(path: string): number;
/** True when `root`'s server/dist/main.js is missing or older than server/src, packages or the last install (node_modules/.modules.yaml). */
export function serverBuildIsStale(root: string): boolean;
