import { createMemoryRateCounters } from './createMemoryRateCounters.ts';
import { describeRateCounters } from './describeRateCounters.ts';

describeRateCounters('memory', async () => ({ counters: createMemoryRateCounters() }), { shared: false });
