import { randomUUID } from 'node:crypto';
import { can, type RoomKind, roomOf } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { UpgradeWebSocket } from 'hono/ws';
import type { WebSocket } from 'ws';
import type { Authenticator } from '../auth/Authenticator.ts';
import { closeCodeOf } from '../auth/closeCodeOf.ts';
import type { LiveSessions } from '../auth/LiveSessions.ts';
import type { Member } from '../auth/Principal.ts';
import { TOKEN_COOKIE } from '../auth/tokenCookie.ts';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { createDraftUpdateCheck } from '../draft/createDraftUpdateCheck.ts';
import type { DraftContextSource } from '../draft/DraftContextSource.ts';
import { presenceStampOf } from '../invitations/presenceStampOf.ts';
import type { Logger } from '../log.ts';
import { Connection } from '../sync/Connection.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import { readOnlyUpdateCheck } from '../sync/readOnlyUpdateCheck.ts';
import type { UpdateCheck } from '../sync/UpdateCheck.ts';
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
}

/** The check when the draft policy is off (benchmarks): Yjs still refuses what it cannot apply. */
const acceptEveryUpdate: UpdateCheck = () => ({ verdict: 'accept' });

const ROOM_NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

type Admission =
  | { ok: true; member: Member; consultationId: string; kind: RoomKind }
  | { ok: false; code: number; reason: string };

/**
 * `GET /collab/<room>?token=...`: the y-websocket endpoint. The token (query,
 * else the `roundtable_token` cookie) is checked before the upgrade completes;
 * a refused socket is closed with a 4xxx code before any document data is
 * sent, which also stops the official client from retrying.
 */
export function createCollabRoute(options: CollabRouteOptions): Hono {
  const { rooms, logger, sessions } = options;
  const maxBufferedBytes = options.maxBufferedBytes ?? 32 * 1024 * 1024;
  const app = new Hono();

  const updateCheckFor = (admission: Admission & { ok: true }): UpdateCheck => {
    const { role } = admission.member.invitation;
    if (admission.kind !== 'draft') return readOnlyUpdateCheck('comment threads are written by the server only');
    if (!can(role, 'edit')) return readOnlyUpdateCheck('this role may not edit the document');
    if (options.draftPolicy === 'off') return acceptEveryUpdate;
    return createDraftUpdateCheck({ kind: 'member', role }, () =>
      options.draftContext.contextFor(admission.consultationId),
    );
  };

  const admit = async (c: Context, roomName: string): Promise<Admission> => {
    try {
      const token = c.req.query('token') || getCookie(c, TOKEN_COOKIE);
      const auth = await options.authenticator.authenticateMember(token);
      if (!auth.ok) return { ok: false, code: closeCodeOf(auth.failure), reason: `token ${auth.failure}` };
      const target = ROOM_NAME.test(roomName) ? roomOf(roomName) : undefined;
      if (target === undefined) return { ok: false, code: CloseCode.NotFound, reason: 'no such room' };
      const { consultationId, kind } = target;
      if (consultationId !== auth.principal.invitation.consultationId) {
        return { ok: false, code: CloseCode.Forbidden, reason: 'the invitation is for another consultation' };
      }
      if (!(await options.consultations.get(consultationId))) {
        return { ok: false, code: CloseCode.NotFound, reason: 'no such consultation' };
      }
      return { ok: true, member: auth.principal, consultationId, kind };
    } catch (error) {
      // The store is unreachable: a transient close, so the client retries.
      logger.error('connection.admission-failed', { room: roomName, error });
      return { ok: false, code: CloseCode.InternalError, reason: 'try again later' };
    }
  };

  app.get(
    '/collab/:room{.+}',
    options.upgradeWebSocket(async (c) => {
      const roomName = c.req.param('room') ?? '';
      const id = randomUUID();
      const admission = await admit(c, roomName);
      let connection: Connection | null = null;
      let removeSession: (() => void) | null = null;
      return {
        onOpen(_event, ws) {
          const raw = ws.raw;
          if (!raw) return;
          if (!admission.ok) {
            logger.info('connection.refused', {
              connection: id,
              room: roomName,
              code: admission.code,
              reason: admission.reason,
            });
            raw.close(admission.code, admission.reason);
            return;
          }
          const { invitation } = admission.member;
          connection = new Connection(toSocket(raw), {
            id,
            checkUpdate: updateCheckFor(admission),
            writer: invitation.id,
            maxBufferedBytes,
            maxQueuedFrames: 1_000,
            logger,
            // Who someone is in the room is the invitation's word, not the client's.
            stampPresence: presenceStampOf(invitation),
          });
          removeSession = sessions.add({
            invitationId: invitation.id,
            consultationId: admission.consultationId,
            room: roomName,
            connection,
          });
          logger.debug('connection.opened', {
            connection: id,
            room: roomName,
            invitationId: invitation.id,
            role: invitation.role,
          });
          void rooms.connect(roomName, connection);
        },
        onMessage(event) {
          const data = event.data;
          if (typeof data === 'string') connection?.receive(data);
          else if (data instanceof ArrayBuffer) connection?.receive(new Uint8Array(data));
          else connection?.receive('unsupported frame');
        },
        onClose() {
          connection?.handleSocketClosed();
          removeSession?.();
          logger.debug('connection.closed', { connection: id, room: roomName });
        },
        onError(event) {
          logger.warn('connection.error', { connection: id, room: roomName, error: String(event.type) });
        },
      };
    }),
  );
  return app;
}
