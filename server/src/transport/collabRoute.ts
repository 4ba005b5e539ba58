import { randomBytes } from 'node:crypto';
import { CloseCode } from '@roundtable/protocol';
import { Hono } from 'hono';
import type { UpgradeWebSocket, WSEvents } from 'hono/ws';
import type { WebSocket } from 'ws';
import type { Authenticator } from '../auth/Authenticator.ts';
import type { LiveSessions } from '../auth/LiveSessions.ts';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import type { DraftContextSource } from '../draft/DraftContextSource.ts';
import { updateCheckFor } from '../draft/updateCheckFor.ts';
import type { OriginPolicyOptions } from '../http/originPolicy.ts';
import { presenceStampOf } from '../invitations/presenceStampOf.ts';
import type { Logger } from '../log.ts';
import type { ServerMetrics } from '../ops/createMetrics.ts';
import { Connection } from '../sync/Connection.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import { type Admission, createAdmission } from './admitConnection.ts';
import { closeOversizedFrames } from './closeOversizedFrames.ts';
import { toSocket } from './toSocket.ts';

export interface CollabRouteOptions {
  upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  rooms: RoomManager;
  logger: Logger;
  authenticator: Authenticator;
  consultations: ConsultationStore;
  sessions: LiveSessions;
  /** Locks and lifecycle, read by the draft's write policy. */
  draftContext: DraftContextSource;
  /** `off` (benchmarks only) accepts editors' draft updates unchecked; default `on`. */
  draftPolicy?: 'on' | 'off';
  maxBufferedBytes?: number;
  /** Counts refusals; nothing when absent. */
  metrics?: ServerMetrics;
  /** The websocket server's frame limit (`maxPayload`); larger frames close with 4413. */
  maxMessageBytes?: number;
  /** Browser origins allowed to open sockets (see `isAllowedOrigin`). */
  originPolicy?: OriginPolicyOptions;
  /** What one socket, one room and one person may take; see {@link ConnectionLimits}. */
  limits?: Partial<ConnectionLimits>;
}

/** Caps that keep one client, room or person from taking the server. Past a cap: 1013, the client retries later. */
export interface ConnectionLimits {
  /** Connections in one room on this instance. */
  perRoom: number;
  /** Connections of one invitation on this instance (tabs, devices). */
  perPerson: number;
  /** Frames a connection may send per second on average, and at once. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Bytes a connection may send before its room has loaded. */
  queuedBytesBeforeLoad: number;
  /** Bytes queued for a slow reader before it is dropped (it reconnects and resyncs). */
  slowReaderBytes: number;
  /** Longest the server spends deciding who a socket is (token, stores) before it gives up. */
  admissionTimeoutMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  perRoom: 500,
  perPerson: 20,
  messagesPerSecond: 200,
  messageBurst: 2_000,
  queuedBytesBeforeLoad: 16 * 1024 * 1024,
  slowReaderBytes: 32 * 1024 * 1024,
  admissionTimeoutMs: 5_000,
};

/**
 * `GET /collab/<room>?token=...`: the y-websocket endpoint. Admission (see
 * `createAdmission`) is decided before the upgrade completes; a refused
 * socket is closed with a 4xxx code before any document data is sent,
 * which also stops the official client from retrying.
 */
export function createCollabRoute(options: CollabRouteOptions): Hono {
  const admit = createAdmission(options);
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
  const app = new Hono();
  app.get(
    '/collab/:room{.+}',
    options.upgradeWebSocket(async (c) => {
      const roomName = c.req.param('room') ?? '';
      const admission = await withTimeout(admit(c, roomName), limits.admissionTimeoutMs, {
        ok: false,
        code: CloseCode.TryAgainLater,
        reason: 'admission timed out: try again later',
      });
      return socketEvents(options, limits, roomName, admission);
    }),
  );
  return app;
}

/** The life of one socket: refused at once, or a Connection joined to its room until it closes. */
function socketEvents(
  options: CollabRouteOptions,
  limits: ConnectionLimits,
  roomName: string,
  given: Admission,
): WSEvents<WebSocket> {
  const { logger } = options;
  // 96 random bits in 16 characters, one flat string (a UUID is built as a rope of 14 pieces).
  const id = randomBytes(12).toString('base64url');
  let connection: Connection | null = null;
  let removeSession: (() => void) | null = null;
  return {
    onOpen(_event, ws) {
      const raw = ws.raw;
      if (!raw) return;
      if (options.maxMessageBytes !== undefined) closeOversizedFrames(raw, options.maxMessageBytes);
      const admission = given.ok ? withinCaps(options, limits, roomName, given) : given;
      if (!admission.ok) {
        logger.info('connection.refused', {
          connection: id,
          room: roomName,
          code: admission.code,
          reason: admission.reason,
        });
        options.metrics?.upgradeRefused(admission.code);
        raw.close(admission.code, admission.reason);
        return;
      }
      connection = openConnection(options, limits, id, raw, admission);
      removeSession = options.sessions.add({
        invitationId: admission.member.invitation.id,
        consultationId: admission.consultationId,
        room: roomName,
        connection,
      });
      logger.debug('connection.opened', {
        connection: id,
        room: roomName,
        invitationId: admission.member.invitation.id,
        role: admission.member.invitation.role,
      });
      void options.rooms.connect(roomName, connection);
    },
    onMessage(event) {
      const data = event.data;
      if (typeof data === 'string') connection?.receive(data);
      else if (data instanceof ArrayBuffer) connection?.receive(new Uint8Array(data));
      else connection?.receive('unsupported frame');
    },
    onClose(event) {
      if (event.code === CloseCode.MessageTooLarge) options.metrics?.sync.refused(event.code);
      connection?.handleSocketClosed();
      removeSession?.();
      logger.debug('connection.closed', { connection: id, room: roomName });
    },
    onError(event) {
      logger.warn('connection.error', { connection: id, room: roomName, error: String(event.type) });
    },
  };
}

/** A Connection for an admitted member: their write policy, their presence stamp, their client ids. */
function openConnection(
  options: CollabRouteOptions,
  limits: ConnectionLimits,
  id: string,
  raw: WebSocket,
  admission: Admission & { ok: true },
): Connection {
  const { invitation } = admission.member;
  return new Connection(toSocket(raw), {
    id,
    checkUpdate: updateCheckFor(
      admission.kind,
      invitation.role,
      admission.consultationId,
      options.draftContext,
      options.draftPolicy,
    ),
    writer: invitation.id,
    maxBufferedBytes: options.maxBufferedBytes ?? limits.slowReaderBytes,
    maxQueuedFrames: 1_000,
    maxQueuedBytes: limits.queuedBytesBeforeLoad,
    messageRate: { perSecond: limits.messagesPerSecond, burst: limits.messageBurst },
    logger: options.logger,
    // Who someone is in the room is the invitation's word, not the client's.
    stampPresence: presenceStampOf(invitation),
    ...(options.metrics ? { metrics: options.metrics.sync } : {}),
  });
}

/** An admitted socket, unless its room or its person already has as many connections as allowed here. */
function withinCaps(
  options: CollabRouteOptions,
  limits: ConnectionLimits,
  roomName: string,
  admission: Admission & { ok: true },
): Admission {
  if ((options.rooms.get(roomName)?.connections.size ?? 0) >= limits.perRoom) {
    return { ok: false, code: CloseCode.TryAgainLater, reason: 'the room is full: try again later' };
  }
  const person = options.sessions.localCount(admission.consultationId, admission.member.invitation.id);
  if (person >= limits.perPerson) {
    return { ok: false, code: CloseCode.TryAgainLater, reason: 'too many connections with this invitation' };
  }
  return admission;
}

/** `promise`, or `fallback` if it has not settled within `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
