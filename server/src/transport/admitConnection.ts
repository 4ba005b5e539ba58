import { type RoomKind, roomOf } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import type { Context } from 'hono';
import type { Authenticator } from '../auth/Authenticator.ts';
import { closeCodeOf } from '../auth/closeCodeOf.ts';
import type { Member } from '../auth/Principal.ts';
import { cookieToken } from '../auth/tokenCookie.ts';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { isAllowedOrigin, type OriginPolicyOptions } from '../http/originPolicy.ts';
import type { Logger } from '../log.ts';

/** Whether a websocket may join a room, and as whom; a refusal carries the close code to send. */
export type Admission =
  | { ok: true; member: Member; consultationId: string; kind: RoomKind }
  | { ok: false; code: number; reason: string };

export interface AdmissionOptions {
  authenticator: Authenticator;
  consultations: ConsultationStore;
  logger: Logger;
  /** Which browser origins may open a socket with the cookie; none checked when absent. */
  originPolicy?: OriginPolicyOptions;
}

const ROOM_NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * Decides who may open `/collab/<room>`: a valid invitation token (query,
 * else the `roundtable_token` cookie) to the consultation the room belongs
 * to, from a page of an allowed origin (when the client names one). Refusals: 4401 (no or bad token), 4410 (revoked), 4404 (no such room
 * or consultation), 4403 (the invitation is for another consultation), 1011
 * when the stores cannot answer (transient: the client retries).
 */
export function createAdmission(options: AdmissionOptions): (c: Context, roomName: string) => Promise<Admission> {
  return async (c, roomName) => {
    try {
      // A browser always names the page's origin: another site's page may not use this browser's cookie here.
      const origin = c.req.header('origin');
      if (origin !== undefined && options.originPolicy && !isAllowedOrigin(c, origin, options.originPolicy)) {
        return { ok: false, code: CloseCode.Forbidden, reason: 'origin not allowed' };
      }
      const target = ROOM_NAME.test(roomName) ? roomOf(roomName) : undefined;
      // The app's own socket authenticates with its cookie; `?token=` is for hand-written y-websocket clients.
      const token = c.req.query('token') || cookieToken(c, target?.consultationId);
      const auth = await options.authenticator.authenticateMember(token);
      if (!auth.ok) return { ok: false, code: closeCodeOf(auth.failure), reason: `token ${auth.failure}` };
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
      options.logger.error('connection.admission-failed', { room: roomName, error });
      return { ok: false, code: CloseCode.InternalError, reason: 'try again later' };
    }
  };
}
