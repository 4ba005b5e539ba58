import type { DocBus } from '../sync/DocBus.ts';
import type { DocStore } from './DocStore.ts';
import type { RateCounters } from './RateCounters.ts';
import type { RecordStore } from './RecordStore.ts';
import type { VersionStore } from './VersionStore.ts';

/** Everything a server instance keeps outside its memory, from one backend. */
export interface Backend {
  kind: 'memory' | 'sqlite' | 'redis';
  docs: DocStore;
  records: RecordStore;
  /** Named versions of consultations (encoded states, frozen once saved). */
  versions: VersionStore;
  /** The rate limits' counters, shared by every instance on this backend. */
  rateCounters: RateCounters;
  /** Fan-out to other instances; null when this instance is alone. */
  bus: DocBus | null;
  /** False while the backend is unreachable (`/readyz` answers 503). */
  isReady(): boolean;
  close(): Promise<void>;
}
