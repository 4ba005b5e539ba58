import { join } from 'node:path';
import { draftRoomOf } from '@roundtable/profile';
import { readOrCreateSecretFile } from './auth/readOrCreateSecretFile.ts';
import { loadConfig } from './config.ts';
import { ensureDemoInvitations } from './invitations/ensureDemoInvitations.ts';
import { invitationLink } from './invitations/invitationLink.ts';
import { createLogger } from './log.ts';
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
  : createEmbeddedBackend(config.dataDir);

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
});
if (config.draftPolicy === 'off') logger.warn('draft.policy-off', { hint: 'DRAFT_POLICY=off: for benchmarks only' });
const demo = await ensureDemoInvitations(server.invitations, server.tokens);

const base = config.publicUrl ?? server.url;
logger.info('server.listening', {
  port: server.port,
  url: base,
  storage: backend.kind,
  dataDir: config.dataDir,
  adminToken: config.adminToken ? 'ADMIN_TOKEN' : adminTokenFile,
});
// The banner is for people: it goes to stderr, so stdout stays one JSON log record per line.
if (process.stderr.isTTY || process.env.ROUNDTABLE_BANNER === '1') {
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

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('server.stopping', { signal });
  await server.close();
  await backend.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
