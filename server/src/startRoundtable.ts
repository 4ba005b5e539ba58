import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve, upgradeWebSocket } from '@hono/node-server';
import { CloseCode } from '@roundtable/protocol';
import type { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { createApp } from './app.ts';
import { Authenticator } from './auth/Authenticator.ts';
import { createTokenSigner, type TokenSigner } from './auth/createTokenSigner.ts';
import { LiveSessions } from './auth/LiveSessions.ts';
import { createThreadRoutes } from './comments/createThreadRoutes.ts';
import { ThreadService } from './comments/ThreadService.ts';
import { ConsultationStore, demoConsultationRecord } from './consultations/ConsultationStore.ts';
import { createConsultationRoutes } from './consultations/createConsultationRoutes.ts';
import { createDraftSeeder } from './consultations/createDraftSeeder.ts';
import type { DraftContextSource } from './draft/DraftContextSource.ts';
import { dependenciesOfRoom } from './draft/dependenciesOfRoom.ts';
import { createExportRoutes } from './export/createExportRoutes.ts';
import { createGuard } from './http/Guard.ts';
import { createKeyedRateLimit } from './http/rateLimit.ts';
import { createImportRoutes, IMPORT_PATH } from './import/createImportRoutes.ts';
import { createInvitationRoutes } from './invitations/createInvitationRoutes.ts';
import { createJoinRoutes } from './invitations/createJoinRoutes.ts';
import { InvitationStore } from './invitations/InvitationStore.ts';
import { createLifecycleRoutes } from './lifecycle/createLifecycleRoutes.ts';
import { LifecycleService } from './lifecycle/LifecycleService.ts';
import { withLifecycle } from './lifecycle/withLifecycle.ts';
import { withLifecycleSeed } from './lifecycle/withLifecycleSeed.ts';
import type { Logger } from './log.ts';
import { AttendanceTracker } from './meeting/AttendanceTracker.ts';
import { createMeetingDraftContext } from './meeting/createMeetingDraftContext.ts';
import { createMeetingRoutes } from './meeting/createMeetingRoutes.ts';
import { MeetingRooms } from './meeting/MeetingRooms.ts';
import { MeetingService } from './meeting/MeetingService.ts';
import { createMetrics } from './ops/createMetrics.ts';
import { createOpsRoutes } from './ops/createOpsRoutes.ts';
import { createDraftPreviewRoutes } from './preview/createDraftPreviewRoutes.ts';
import type { Backend } from './storage/Backend.ts';
import { replaySpill } from './storage/replaySpill.ts';
import { UpdateSpill } from './storage/UpdateSpill.ts';
import { recordClientIdClaims } from './sync/ClientIdClaims.ts';
import { RoomManager } from './sync/RoomManager.ts';
import { type ConnectionLimits, createCollabRoute } from './transport/collabRoute.ts';
import { startHeartbeat } from './transport/startHeartbeat.ts';
import { createVersionRoutes } from './versions/createVersionRoutes.ts';
import { VersionService } from './versions/VersionService.ts';

export interface RoundtableAuth {
  /** Key that signs invitation tokens; every instance sharing a store needs the same one. */
  secret: string;
  /** The operator's bearer token. */
  adminToken: string;
}

export interface RoundtableOptions {
  backend: Backend;
  logger: Logger;
  port?: number;
  host?: string;
  clientDist: string;
  /** Initial content of new rooms; by default a consultation's draft room is seeded from its consultation. */
  initialContent?: (room: string) => Uint8Array | null | Promise<Uint8Array | null>;
  maxMessageBytes?: number;
  roomUnloadGraceMs?: number;
  compactThreshold?: number;
  /**
   * Folder for updates accepted while the store is unreachable, written to
   * the store when it answers again, even by a later process; unset keeps
   * them in memory only (lost if the process stops during the outage).
   */
  spillDir?: string;
  /** Secret and admin token; fresh random ones when unset (tests read `adminToken` back). */
  auth?: RoundtableAuth;
  /**
   * Base of invitation links and the origin allowed to use cookies; the
   * listen address (`http://localhost:PORT`) when unset, never a request's
   * Host header.
   */
  publicUrl?: string;
  /** Proxy hops whose `X-Forwarded-*` headers are believed (TRUST_PROXY); 0 (default) believes none. */
  trustProxy?: number;
  /** Caps per room, per person and per connection (see `ConnectionLimits`); generous defaults. */
  connectionLimits?: Partial<ConnectionLimits>;
  /** How often each websocket is pinged; one that misses two pings in a row is closed (default 15 s). */
  pingIntervalMs?: number;
  /** Requests per minute and client address on `POST /api/join` and on creating invitations. */
  /**
   * Per minute: `POST /api/join` and invitations per client address; comments posted, edited or
   * deleted and hands raised or lowered per person (`postsPerMinute`). Past them, 429.
   */
  rateLimits?: { joinPerMinute?: number; invitePerMinute?: number; postsPerMinute?: number };
  /** Create the demo consultation when the store lacks it (default true). */
  demo?: boolean;
  /** How often live connections are re-checked against their invitations. */
  sessionSweepMs?: number;
  /** Locks and lifecycle for the draft's write policy; by default the locks and status of each consultation's meeting room. */
  draftContext?: DraftContextSource;
  /** Attendance timing (see `AttendanceTracker`): grace before a departure is recorded, reconciliation period. */
  attendance?: { leaveGraceMs?: number; sweepMs?: number };
  /**
   * Benchmarks only (`DRAFT_POLICY=off`, refused in production): `off`
   * accepts every draft update from a member whose role may edit, unchecked.
   * Default `on`.
   */
  draftPolicy?: 'on' | 'off';
  /**
   * Websocket compression (permessage-deflate, without context takeover so a
   * connection keeps no zlib state between messages) of frames of 1 KB and
   * more: the first sync of a draft shrinks several times, keystrokes go
   * as they are. Default true.
   */
  wsCompression?: boolean;
}

export interface RunningRoundtable {
  port: number;
  url: string;
  rooms: RoomManager;
  backend: Backend;
  consultations: ConsultationStore;
  invitations: InvitationStore;
  sessions: LiveSessions;
  tokens: TokenSigner;
  adminToken: string;
  /** The HTTP app (its `routes` list what is mounted). */
  app: Hono;
  /** The listening HTTP server: websocket upgrades arrive on it as `upgrade` events. */
  httpServer: ServerType;
  /** Closes every connection, stores every room and stops listening. */
  close(): Promise<void>;
}

/** permessage-deflate for large frames only, with no zlib state kept per connection. */
const WS_COMPRESSION = {
  threshold: 1024,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  concurrencyLimit: 4,
} as const;

/** Wires storage, rooms, access control, the websocket route and the HTTP app, and listens. */
export async function startRoundtable(options: RoundtableOptions): Promise<RunningRoundtable> {
  const o = { port: 0, host: '127.0.0.1', maxMessageBytes: 8 * 1024 * 1024, demo: true, ...options };
  const auth = o.auth ?? { secret: randomSecret(), adminToken: randomSecret() };
  const consultations = new ConsultationStore(o.backend.records);
  const invitations = new InvitationStore(o.backend.records);
  if (o.demo) await consultations.ensure(demoConsultationRecord(new Date().toISOString()));
  const tokens = createTokenSigner(auth.secret);
  const authenticator = new Authenticator({ adminToken: auth.adminToken, tokens, invitations });
  const sessions = new LiveSessions({
    invitations,
    records: o.backend.records,
    logger: o.logger,
    ...(o.sessionSweepMs !== undefined ? { sweepMs: o.sessionSweepMs } : {}),
  });
  // Read at each scrape, by which time `rooms` exists.
  const metrics = createMetrics({
    connections: () => rooms.connectionCount,
    roomsLoaded: () => rooms.loadedRooms.length,
  });
  const spill = o.spillDir ? new UpdateSpill(o.spillDir) : null;
  const stopSpillReplay = spill
    ? replaySpill({ spill, store: o.backend.docs, bus: o.backend.bus, logger: o.logger })
    : () => {};
  const rooms = new RoomManager({
    spill,
    metrics: metrics.sync,
    store: o.backend.docs,
    bus: o.backend.bus,
    logger: o.logger,
    initialContent: o.initialContent ?? withLifecycleSeed(createDraftSeeder(consultations), consultations),
    dependenciesOf: dependenciesOfRoom,
    claims: recordClientIdClaims(o.backend.records),
    ...(o.roomUnloadGraceMs !== undefined ? { unloadGraceMs: o.roomUnloadGraceMs } : {}),
    ...(o.compactThreshold !== undefined ? { compactThreshold: o.compactThreshold } : {}),
  });
  const draftContext = o.draftContext ?? withLifecycle(createMeetingDraftContext(rooms, o.logger), rooms);
  const meeting = new MeetingRooms({ rooms });
  let meetingService: MeetingService | null = null;
  const threads = new ThreadService({
    rooms,
    docs: o.backend.docs,
    logger: o.logger,
    draftContext,
    // Resolutions and reopenings go into the meeting's decision log.
    onDecision: (decision) => meetingService?.recordThreadDecision(decision),
  });
  meetingService = new MeetingService({ rooms, meeting, invitations, threads, draftContext, logger: o.logger });
  const attendance = new AttendanceTracker({
    sessions,
    invitations,
    rooms,
    meeting,
    logger: o.logger,
    ...o.attendance,
  });
  const versions = new VersionService({
    rooms,
    store: o.backend.versions,
    consultations,
    invitations,
    draftContext,
    logger: o.logger,
  });
  const lifecycle = new LifecycleService({ consultations, meeting, versions, logger: o.logger });
  // The listen address is known once listening; everything reads it later, at request time.
  let listenUrl = '';
  const trustProxy = o.trustProxy ?? 0;
  const originPolicy = {
    get publicUrl() {
      return o.publicUrl ?? listenUrl;
    },
    trustProxy,
  };
  const wss = new WebSocketServer({
    noServer: true,
    // Checked against the inflated size: a compressed frame cannot smuggle in more.
    maxPayload: o.maxMessageBytes,
    perMessageDeflate: (o.wsCompression ?? true) ? WS_COMPRESSION : false,
  });
  const collab = createCollabRoute({
    upgradeWebSocket: upgradeWebSocket as unknown as UpgradeWebSocket<WebSocket>,
    rooms,
    logger: o.logger,
    authenticator,
    consultations,
    sessions,
    draftContext,
    draftPolicy: o.draftPolicy ?? 'on',
    metrics,
    originPolicy,
    maxMessageBytes: o.maxMessageBytes,
    ...(o.connectionLimits ? { limits: o.connectionLimits } : {}),
  });
  const rateLimits = { joinPerMinute: 30, invitePerMinute: 60, postsPerMinute: 60, ...o.rateLimits };
  // Each feature mounts its own routes under /api; they share the guard and the stores.
  const deps = {
    consultations,
    invitations,
    sessions,
    tokens,
    authenticator,
    guard: createGuard(authenticator),
    threads,
    rooms,
    meeting,
    meetingService,
    versions,
    lifecycle,
    logger: o.logger,
    // Read when a request needs it, by which time the server listens.
    get publicUrl() {
      return o.publicUrl ?? listenUrl;
    },
    trustProxy,
    rateLimits,
    rateCounters: o.backend.rateCounters,
    limitPosts: createKeyedRateLimit({
      name: 'posts',
      counters: o.backend.rateCounters,
      points: rateLimits.postsPerMinute,
      windowSeconds: 60,
      onLimited: (name) => metrics.rateLimited(name),
    }),
    metrics,
  };
  const api = [
    createConsultationRoutes(deps),
    createInvitationRoutes(deps),
    createJoinRoutes(deps),
    createThreadRoutes(deps),
    createExportRoutes(deps),
    createDraftPreviewRoutes(deps),
    createMeetingRoutes(deps),
    createImportRoutes(deps),
    createVersionRoutes(deps),
    createLifecycleRoutes(deps),
    createOpsRoutes({ metrics, publicUrl: o.publicUrl }),
  ];
  const app = createApp({
    logger: o.logger,
    clientDist: o.clientDist,
    routes: [collab, ...api],
    isReady: () => o.backend.isReady(),
    ownBodyLimits: [IMPORT_PATH],
    originPolicy,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: o.port, hostname: o.host, websocket: { server: wss } }, () => resolve(s));
    s.once('error', reject);
  });
  sessions.start();
  attendance.start();
  const stopHeartbeat = startHeartbeat(wss, o.pingIntervalMs ?? 15_000, o.logger, () => metrics.timedOut());
  const port = (server.address() as AddressInfo).port;
  const displayHost = o.host === '0.0.0.0' || o.host === '::' ? 'localhost' : o.host;
  listenUrl = `http://${displayHost}:${port}`;
  return {
    port,
    url: listenUrl,
    rooms,
    backend: o.backend,
    consultations,
    invitations,
    sessions,
    tokens,
    adminToken: auth.adminToken,
    app,
    httpServer: server,
    async close() {
      stopSpillReplay();
      // Stop taking connections first, so nobody joins a room being stored.
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      stopHeartbeat();
      await attendance.stop();
      await sessions.stop();
      await rooms.closeAll();
      // Sockets not in a room (still being admitted) get the same 1001, then a moment to answer it.
      for (const client of wss.clients) client.close(CloseCode.GoingAway, 'server shutting down');
      await closedWithin(wss.clients, 1_000);
      for (const client of wss.clients) client.terminate();
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await stopped;
    },
  };
}

/** Resolves once every socket of `clients` has closed, or after `ms`. */
async function closedWithin(clients: Set<WebSocket>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
