import { silentLogger } from '../../server/src/log.ts';
import { type RoundtableOptions, type RunningRoundtable, startRoundtable } from '../../server/src/startRoundtable.ts';
import type { Backend } from '../../server/src/storage/Backend.ts';
import { createMemoryBackend } from '../../server/src/storage/createMemoryBackend.ts';
import { REPO_ROOT } from './startServer.ts';

export interface InProcessServer extends RunningRoundtable {
  wsUrl: string;
}

/**
 * Starts the server in this process on port 0, with a memory store unless one
 * is given. `adminToken` is on the result; see `members.ts` to open rooms.
 */
export async function startInProcessServer(options: Partial<RoundtableOptions> = {}): Promise<InProcessServer> {
  const backend: Backend = options.backend ?? createMemoryBackend();
  const server = await startRoundtable({
    logger: silentLogger,
    clientDist: `${REPO_ROOT}/client/dist`,
    roomUnloadGraceMs: 100,
    ...options,
    backend,
  });
  return { ...server, wsUrl: `ws://127.0.0.1:${server.port}/collab` };
}
