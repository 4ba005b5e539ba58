export type { Config } from './config.ts';
export { loadConfig } from './config.ts';
export type { RoundtableOptions, RunningRoundtable } from './startRoundtable.ts';
export { startRoundtable } from './startRoundtable.ts';
export { createMemoryDocStore } from './storage/createMemoryDocStore.ts';
export { createSqliteDocStore } from './storage/createSqliteDocStore.ts';
export type { DocStore, StoredDoc } from './storage/DocStore.ts';
