import { loadConfig } from './config.ts';
import { ConsultationRegistry, draftRoomOf } from './consultations/ConsultationRegistry.ts';
import { createDraftSeeder } from './consultations/createDraftSeeder.ts';
import { createLogger } from './log.ts';
import { startRoundtable } from './startRoundtable.ts';
import type { Backend } from './storage/Backend.ts';
import { createEmbeddedBackend } from './storage/createEmbeddedBackend.ts';
import { createRedisBackend } from './storage/redis/createRedisBackend.ts';

// The only module that reads the environment and picks implementations.
const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel });
const backend: Backend = config.redisUrl
  ? await createRedisBackend({ url: config.redisUrl, prefix: config.redisPrefix, logger })
  : createEmbeddedBackend(config.dataDir);
const consultations = new ConsultationRegistry();

const server = await startRoundtable({
  backend,
  logger,
  port: config.port,
  host: config.host,
  clientDist: config.clientDist,
  consultations,
  initialContent: createDraftSeeder(consultations),
  maxMessageBytes: config.maxMessageBytes,
  roomUnloadGraceMs: config.roomUnloadGraceMs,
  compactThreshold: config.compactThreshold,
});

const base = config.publicUrl ?? server.url;
logger.info('server.listening', { port: server.port, url: base, storage: backend.kind, dataDir: config.dataDir });
if (process.stdout.isTTY || process.env.ROUNDTABLE_BANNER === '1') {
  process.stdout.write(
    `\n  Roundtable is running.\n\n  Demo consultation: ${base}/c/demo\n  Room: ${draftRoomOf('demo')}   Data: ${config.dataDir}\n\n`,
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
