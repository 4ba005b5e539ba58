import { randomUUID } from 'node:crypto';
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
}

/**
 * `GET /collab/<room>?token=...`: the y-websocket endpoint. Admission (see
 * `createAdmission`) is decided before the upgrade completes; a refused
 * socket is closed with a 4xxx code before any document data is sent,
 * which also stops the official client from retrying.
 */
export function createCollabRoute(options: CollabRouteOptions): Hono {
  const admit = createAdmission(options);
  const app = new Hono();
  app.get(
    '/collab/:room{.+}',
    options.upgradeWebSocket(async (c) => {
      const roomName = c.req.param('room') ?? '';
      return socketEvents(options, roomName, await admit(c, roomName));
    }),
  );
  return app;
}

/** The life of one socket: refused at once, or a Connection joined to its room until it closes. */
function socketEvents(options: CollabRouteOptions, roomName: string, admission: Admission): WSEvents<WebSocket> {
  const { logger } = options;
  const id = randomUUID();
  let connection: Connection | null = null;
  let removeSession: (() => void) | null = null;
  return {
    onOpen(_event, ws) {
      const raw = ws.raw;
      if (!raw) return;
      if (options.maxMessageBytes !== undefined) closeOversizedFrames(raw, options.maxMessageBytes);
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
      connection = openConnection(options, id, raw, admission);
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
    maxBufferedBytes: options.maxBufferedBytes ?? 32 * 1024 * 1024,
    maxQueuedFrames: 1_000,
    logger: options.logger,
    // Who someone is in the room is the invitation's word, not the client's.
    stampPresence: presenceStampOf(invitation),
    ...(options.metrics ? { metrics: options.metrics.sync } : {}),
  });
}
