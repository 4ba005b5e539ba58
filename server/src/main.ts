import { join } from 'node:path';
import { draftRoomOf } from '@roundtable/profile';
import { readOrCreateSecretFile } from './auth/readOrCreateSecretFile.ts';
import { loadConfig } from './config.ts';
import { ensureDemoInvitations } from './invitations/ensureDemoInvitations.ts';
import { invitationLink } from './invitations/invitationLink.ts';
import { createLogger } from './log.ts';
import { IdleHeapReducer } from './ops/IdleHeapReducer.ts';
import { startRoundtable } from './startRoundtable.ts';
import type { Backend } from './storage/Backend.ts';
import { createEmbeddedBackend } from './storage/createEmbeddedBackend.ts';

// The only module that reads the environment and picks implementations.
const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel });
const backend: Backend = config.redisUrl
  ? // Loaded only when used: the Redis client is resident memory an embedded server does not need.
    await (await import('./storage/redis/createRedisBackend.ts')).createRedisBackend({
      url: config.redisUrl,
      prefix: config.redisPrefix,
      cluster: config.redisCluster,
      logger,
    })
  : createEmbeddedBackend(config.dataDir, { logger });

const adminTokenFile = join(config.dataDir, 'admin-token');
const auth = {
  adminToken: config.adminToken ?? readOrCreateSecretFile(adminTokenFile),
  secret: config.secret ?? readOrCreateSecretFile(join(config.dataDir, 'secret')),
};
if (config.redisUrl && !config.secret) {
  // Instances sharing Redis must share the signing key, or a link works on one and not on the other.
  logger.warn('auth.secret-per-instance', {
    hint: 'set SECRET (and ADMIN_TOKEN) to the same values on every instance',
  });
}

const server = await startRoundtable({
  backend,
  logger,
  port: config.port,
  host: config.host,
  clientDist: config.clientDist,
  maxMessageBytes: config.maxMessageBytes,
  roomUnloadGraceMs: config.roomUnloadGraceMs,
  compactThreshold: config.compactThreshold,
  // Updates accepted while the store is unreachable wait here, and survive this process stopping.
  spillDir: join(config.dataDir, 'spill'),
  auth,
  ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  draftPolicy: config.draftPolicy,
  wsCompression: config.wsCompression,
  trustProxy: config.trustProxy,
  rateLimits: config.rateLimits,
  pingIntervalMs: config.pingIntervalMs,
  connectionLimits: config.connectionLimits,
  // The demo consultation and its year-long links are for the quick start, never for production.
  demo: !config.production,
});
if (config.draftPolicy === 'off') logger.warn('draft.policy-off', { hint: 'DRAFT_POLICY=off: for benchmarks only' });
const demo = config.production ? null : await ensureDemoInvitations(server.invitations, server.tokens);

const base = config.publicUrl ?? server.url;
logger.info('server.listening', {
  port: server.port,
  url: base,
  storage: backend.kind,
  dataDir: config.dataDir,
  production: config.production,
  adminTokenFrom: config.adminToken ? 'ADMIN_TOKEN' : adminTokenFile,
});
// The banner is for people: it goes to stderr, so stdout stays one JSON log record per line.
if (demo && (process.stderr.isTTY || process.env.ROUNDTABLE_BANNER === '1')) {
  const adminLine = config.adminToken
    ? 'Admin token: from ADMIN_TOKEN'
    : `Admin token: ${auth.adminToken}   (kept in ${adminTokenFile})`;
  process.stderr.write(
    [
      '',
      '  Roundtable is running.',
      '',
      `  Demo consultation (room ${draftRoomOf('demo')}). Open a link to join:`,
      `  Facilitator link (Demo facilitator, IOM Veloria Office): ${invitationLink(base, demo.facilitator.token)}`,
      `  Participant link (Demo participant, Ministry of Interior): ${invitationLink(base, demo.participant.token)}`,
      '',
      `  ${adminLine}`,
      `  API: curl -H "Authorization: Bearer <admin token>" ${base}/api/consultations`,
      `  Data: ${config.dataDir}`,
      '',
      '',
    ].join('\n'),
  );
}

// Gives a burst's garbage back once the server is quiet; off when started without --expose-gc (SERVER_NODE_FLAGS).
const heapProbe = IdleHeapReducer.probeOfProcess();
const heapReducer = heapProbe
  ? new IdleHeapReducer(heapProbe, {
      onCollected: (before, after, ms) =>
        logger.info('heap.reduced', { oldGenerationBefore: before, oldGenerationAfter: after, ms: Math.round(ms) }),
    }).start()
  : null;
if (!heapReducer)
  logger.debug('heap.reducer-off', { hint: 'start node with --expose-gc (scripts/serverNodeFlags.mjs)' });

let stopping = false;
/**
 * Stops taking connections, closes every socket with 1001, stores every room,
 * closes the store and exits 0, so the port is free. Past `SHUTDOWN_TIMEOUT_MS`
 * (a store that does not answer) it exits 1 with what is left unsaved logged.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('server.stopping', { signal });
  const deadline = setTimeout(() => {
    logger.error('server.stop-timeout', { ms: config.shutdownTimeoutMs, unsavedRooms: server.rooms.loadedRooms });
    process.exit(1);
  }, config.shutdownTimeoutMs);
  deadline.unref();
  heapReducer?.stop();
  try {
    await server.close();
    await backend.close();
    logger.info('server.stopped', { signal });
    process.exit(0);
  } catch (error) {
    logger.error('server.stop-failed', { error });
    process.exit(1);
  }
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
// Started by `pnpm start` with an IPC channel: the launcher is gone (even killed with SIGKILL), so stop too.
if (process.send) process.on('disconnect', () => void shutdown('launcher-gone'));
