/** The newest modification time (ms) of `path` or anything under it, skipping `node_modules` and `dist`; 0 when absent. */
export function newest(path: string): number;
