import { silentLogger } from '../../server/src/log.ts';
import { type RoundtableOptions, type RunningRoundtable, startRoundtable } from '../../server/src/startRoundtable.ts';
import { createMemoryDocStore } from '../../server/src/storage/createMemoryDocStore.ts';
import type { DocStore } from '../../server/src/storage/DocStore.ts';
import { REPO_ROOT } from './startServer.ts';

export interface InProcessServer extends RunningRoundtable {
  wsUrl: string;
  store: DocStore;
}

/** Starts the server in this process on port 0, with a memory store unless one is given. */
export async function startInProcessServer(options: Partial<RoundtableOptions> = {}): Promise<InProcessServer> {
  const store = options.store ?? createMemoryDocStore();
  const server = await startRoundtable({
    logger: silentLogger,
    clientDist: `${REPO_ROOT}/client/dist`,
    roomUnloadGraceMs: 100,
    ...options,
    store,
  });
  return { ...server, store, wsUrl: `ws://127.0.0.1:${server.port}/collab` };
}
