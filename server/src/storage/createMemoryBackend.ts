import type { Backend } from './Backend.ts';
import { createMemoryDocStore } from './createMemoryDocStore.ts';
import { createMemoryRateCounters } from './createMemoryRateCounters.ts';
import { createMemoryRecordStore } from './createMemoryRecordStore.ts';
import { createMemoryVersionStore } from './createMemoryVersionStore.ts';

/** Everything in process memory, for tests. */
export function createMemoryBackend(): Backend {
  return {
    kind: 'memory',
    docs: createMemoryDocStore(),
    records: createMemoryRecordStore(),
    versions: createMemoryVersionStore(),
    rateCounters: createMemoryRateCounters(),
    bus: null,
    isReady: () => true,
    async close() {},
  };
}
