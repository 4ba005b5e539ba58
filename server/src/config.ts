import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().min(1).default('roundtable'),
  /** REDIS_URL names one node of a Redis Cluster. */
  REDIS_CLUSTER: z.enum(['true', 'false', '1', '0']).default('false'),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Largest websocket frame accepted; larger ones close the connection with 4413. */
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(8 * 1024 * 1024),
  ROOM_UNLOAD_GRACE_MS: z.coerce.number().int().min(0).default(5_000),
  COMPACT_THRESHOLD: z.coerce.number().int().min(1).default(500),
  CLIENT_DIST: z.string().min(1).optional(),
  /** The operator's bearer token; generated and kept in DATA_DIR/admin-token when unset. */
  ADMIN_TOKEN: z.string().min(16).optional(),
  /** Signs invitation tokens; generated and kept in DATA_DIR/secret when unset. */
  SECRET: z.string().min(16).optional(),
  /**
   * Benchmarks only: `off` lets members who may edit send any update to a
   * draft unchecked, to measure what the write policy costs (`pnpm bench
   * --policy-off`). Refused when NODE_ENV is `production`.
   */
  DRAFT_POLICY: z.enum(['on', 'off']).default('on'),
  /**
   * Websocket compression (permessage-deflate) of frames over 1 KB, when the
   * browser offers it: `on` (default) or `off`.
   */
  WS_COMPRESSION: z.enum(['on', 'off']).default('on'),
  /**
   * Proxies in front whose `X-Forwarded-For/-Proto/-Host` are believed:
   * `false`/`0` (default, none), `true` (one), or a number of hops.
   */
  TRUST_PROXY: z
    .union([z.enum(['true', 'false']), z.coerce.number().int().min(0).max(10)])
    .default('false')
    .transform((v) => (v === 'true' ? 1 : v === 'false' ? 0 : v)),
  /** Requests per minute and client address on `POST /api/join`. */
  RATE_LIMIT_JOIN_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Invitations created per minute and client address. */
  RATE_LIMIT_INVITE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Comments opened, replied, edited or deleted and hands raised or lowered, per minute and person. */
  RATE_LIMIT_POSTS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** How often the server pings each websocket; one that has not answered two pings is closed. */
  PING_INTERVAL_MS: z.coerce.number().int().min(100).default(15_000),
  /** Connections in one room, per instance; past it 1013 (the client retries). */
  MAX_CONNECTIONS_PER_ROOM: z.coerce.number().int().min(1).default(1500),
  /** Connections of one invitation (tabs, devices), per instance; past it 1013. */
  MAX_CONNECTIONS_PER_PERSON: z.coerce.number().int().min(1).default(20),
  /** Frames one connection may send per second on average (bursts of ten times that); past it 1013. */
  MAX_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).default(200),
  /** How long a shutdown may take to store everything before the process exits anyway (with 1). */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  redisUrl: string | undefined;
  redisPrefix: string;
  redisCluster: boolean;
  publicUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  maxMessageBytes: number;
  roomUnloadGraceMs: number;
  compactThreshold: number;
  clientDist: string;
  adminToken: string | undefined;
  secret: string | undefined;
  /** Whether the draft's write policy checks members' updates; `off` for benchmarks only. */
  draftPolicy: 'on' | 'off';
  /** Websocket compression of large frames (`WS_COMPRESSION`). */
  wsCompression: boolean;
  shutdownTimeoutMs: number;
  trustProxy: number;
  rateLimits: { joinPerMinute: number; invitePerMinute: number; postsPerMinute: number };
  pingIntervalMs: number;
  connectionLimits: { perRoom: number; perPerson: number; messagesPerSecond: number; messageBurst: number };
  /** NODE_ENV=production: no demo, secrets and PUBLIC_URL required. */
  production: boolean;
}

const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

/** Reads and validates the environment once; throws a readable error on bad values. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production) {
    const missing = (['PUBLIC_URL', 'ADMIN_TOKEN', 'SECRET'] as const).filter((key) => e[key] === undefined);
    if (missing.length > 0) {
      throw new Error(
        `Invalid configuration: NODE_ENV=production needs ${missing.join(', ')} (links and secrets are never guessed in production)`,
      );
    }
  }
  if (e.DRAFT_POLICY === 'off' && e.NODE_ENV === 'production') {
    throw new Error(
      'Invalid configuration: DRAFT_POLICY=off is for benchmarks and is refused when NODE_ENV=production',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    redisCluster: e.REDIS_CLUSTER === 'true' || e.REDIS_CLUSTER === '1',
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    roomUnloadGraceMs: e.ROOM_UNLOAD_GRACE_MS,
    compactThreshold: e.COMPACT_THRESHOLD,
    clientDist: e.CLIENT_DIST ? resolve(e.CLIENT_DIST) : DEFAULT_CLIENT_DIST,
    adminToken: e.ADMIN_TOKEN,
    secret: e.SECRET,
    draftPolicy: e.DRAFT_POLICY,
    wsCompression: e.WS_COMPRESSION === 'on',
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    trustProxy: e.TRUST_PROXY,
    rateLimits: {
      joinPerMinute: e.RATE_LIMIT_JOIN_PER_MINUTE,
      invitePerMinute: e.RATE_LIMIT_INVITE_PER_MINUTE,
      postsPerMinute: e.RATE_LIMIT_POSTS_PER_MINUTE,
    },
    pingIntervalMs: e.PING_INTERVAL_MS,
    connectionLimits: {
      perRoom: e.MAX_CONNECTIONS_PER_ROOM,
      perPerson: e.MAX_CONNECTIONS_PER_PERSON,
      messagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
      messageBurst: e.MAX_MESSAGES_PER_SECOND * 10,
    },
    production,
  };
}
