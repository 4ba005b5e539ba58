import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { ConsultationRegistry, draftRoomOf } from './consultations/ConsultationRegistry.ts';
import { createDraftSeeder } from './consultations/createDraftSeeder.ts';
import { createLogger } from './log.ts';
import { startRoundtable } from './startRoundtable.ts';
import { createSqliteDocStore } from './storage/createSqliteDocStore.ts';

// The only module that reads the environment and picks implementations.
const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel });
const store = createSqliteDocStore({ path: join(config.dataDir, 'roundtable.db') });
const consultations = new ConsultationRegistry();

const server = await startRoundtable({
  store,
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
logger.info('server.listening', { port: server.port, url: base, storage: 'sqlite', dataDir: config.dataDir });
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
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
