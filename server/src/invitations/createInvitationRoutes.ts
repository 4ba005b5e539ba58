import {
  type CreatedInvitation,
  findOrganisation,
  type InvitedOrganisation,
  type InvitedPerson,
  newInvitationRequestSchema,
  type PeopleList,
  personNameProblem,
} from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import { Hono } from 'hono';
import type { z } from 'zod';
import { allows } from '../auth/allows.ts';
import type { TokenSigner } from '../auth/createTokenSigner.ts';
import type { LiveSessions } from '../auth/LiveSessions.ts';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { ApiError } from '../http/ApiError.ts';
import { clientAddress } from '../http/clientAddress.ts';
import type { Guard } from '../http/Guard.ts';
import { createRateLimit } from '../http/rateLimit.ts';
import { readBody } from '../http/readBody.ts';
import type { Logger } from '../log.ts';
import type { ServerMetrics } from '../ops/createMetrics.ts';
import type { RateCounters } from '../storage/RateCounters.ts';
import type { InvitationStore } from './InvitationStore.ts';
import { invitationLink } from './invitationLink.ts';
import { tokenFor } from './tokenFor.ts';
import { toPerson } from './toPerson.ts';

const HOUR_MS = 60 * 60 * 1000;
const DEFAULT_EXPIRY_HOURS = 14 * 24;

/** What the invitation routes need, built once by `startRoundtable`. */
export interface InvitationRoutesDeps {
  consultations: ConsultationStore;
  invitations: InvitationStore;
  sessions: LiveSessions;
  tokens: TokenSigner;
  guard: Guard;
  logger: Logger;
  /** Base of invitation links (PUBLIC_URL, else the listen address): never a request's Host header. */
  publicUrl: string;
  /** Proxy hops trusted for `X-Forwarded-For` (the address rate limits count by). */
  trustProxy?: number;
  /** Invitations created per minute per client address (default 60). */
  rateLimits?: { invitePerMinute?: number; joinPerMinute?: number };
  /** Where those limits count: the backend's counters. */
  rateCounters: RateCounters;
  metrics?: Pick<ServerMetrics, 'rateLimited'>;
  /** The clock (ms since the epoch); `Date.now` when unset. */
  now?: () => number;
}

/**
 * Invitations and people of a consultation: invite and revoke (operator or a
 * role that may `invite`), and list who is invited and connected (members).
 */
export function createInvitationRoutes(deps: InvitationRoutesDeps): Hono {
  const app = new Hono();
  const now = deps.now ?? Date.now;

  const consultationOr404 = async (id: string): Promise<ConsultationRecord> => {
    const record = await deps.consultations.get(id);
    if (!record) throw new ApiError(404, 'not_found', 'No such consultation');
    return record;
  };

  app.post(
    '/api/consultations/:id/invitations',
    createRateLimit({
      name: 'invite',
      points: deps.rateLimits?.invitePerMinute ?? 60,
      windowSeconds: 60,
      keyOf: (c) => clientAddress(c, deps.trustProxy ?? 0),
      counters: deps.rateCounters,
      ...(deps.metrics ? { onLimited: (name) => deps.metrics?.rateLimited(name) } : {}),
    }),
  );
  app.post('/api/consultations/:id/invitations', async (c) => {
    const consultationId = c.req.param('id');
    const principal = await deps.guard.access(c, consultationId, 'invite');
    const consultation = await consultationOr404(consultationId);
    const body = await readBody(c, newInvitationRequestSchema);
    const problem = personNameProblem(body.name);
    if (problem !== undefined) throw new ApiError(400, 'bad_request', `name: ${problem}`);
    const organisation = organisationOf(consultation, body.organisation);
    const at = now();
    const invitation = await deps.invitations.create({
      consultationId,
      name: body.name,
      organisation,
      role: body.role,
      createdAt: new Date(at).toISOString(),
      expiresAt: new Date(at + (body.expiresInHours ?? DEFAULT_EXPIRY_HOURS) * HOUR_MS).toISOString(),
      invitedBy: principal.kind === 'member' ? principal.invitation.id : null,
    });
    if (!invitation) throw new Error('InvitationStore.create: a fresh id collided');
    const token = await tokenFor(deps.tokens, invitation);
    deps.logger.info('invitation.created', {
      consultation: consultationId,
      invitationId: invitation.id,
      role: invitation.role,
      by: invitation.invitedBy ?? 'admin',
    });
    const url = invitationLink(deps.publicUrl, token);
    return c.json({ ...toPerson(invitation, 0, at), token, url } satisfies CreatedInvitation, 201);
  });

  app.delete('/api/consultations/:id/invitations/:invitationId', async (c) => {
    const consultationId = c.req.param('id');
    const invitationId = c.req.param('invitationId');
    await deps.guard.access(c, consultationId, 'invite');
    const revoked = await deps.invitations.revoke(consultationId, invitationId, new Date(now()));
    if (!revoked) throw new ApiError(404, 'not_found', 'No such invitation in this consultation');
    // This instance at once; other instances at their next sweep.
    const disconnected = deps.sessions.disconnect(
      consultationId,
      invitationId,
      CloseCode.Revoked,
      'invitation revoked',
    );
    deps.logger.info('invitation.revoked', { consultation: consultationId, invitationId, disconnected });
    return c.json(toPerson(revoked, 0, now()) satisfies InvitedPerson);
  });

  app.get('/api/consultations/:id/people', async (c) => {
    const consultationId = c.req.param('id');
    const principal = await deps.guard.access(c, consultationId, 'read');
    await consultationOr404(consultationId);
    const [invitations, connected] = await Promise.all([
      deps.invitations.list(consultationId),
      deps.sessions.connected(consultationId),
    ]);
    const at = now();
    // Revoked and expired invitations are the inviters' business; everyone else sees who can take part.
    const seesAll = allows(principal, consultationId, 'invite');
    const people = invitations
      .map((i) => toPerson(i, connected.get(i.id) ?? 0, at))
      .filter((p) => seesAll || p.status === 'active')
      .sort(
        (a, b) =>
          a.organisation.name.localeCompare(b.organisation.name) ||
          a.name.localeCompare(b.name) ||
          a.id.localeCompare(b.id),
      );
    return c.json({ people } satisfies PeopleList);
  });

  return app;
}

/**
 * The organisation an invitation is filed under: a listed one when the text
 * names it by id or name ({@link findOrganisation}, the rule the invitation
 * form applies too), else a body not on the list. An `{ id }` must be listed.
 */
function organisationOf(
  consultation: ConsultationRecord,
  given: z.output<typeof newInvitationRequestSchema>['organisation'],
): InvitedOrganisation {
  const known = consultation.organisations;
  if (typeof given === 'object' && 'id' in given) {
    const match = known.find((o) => o.id === given.id);
    if (!match)
      throw new ApiError(400, 'bad_request', `organisation: no organisation ${given.id} in this consultation`);
    return { id: match.id, name: match.name };
  }
  const name = typeof given === 'string' ? given : given.name;
  const match = findOrganisation(name, known);
  if (match) return { id: match.id, name: match.name };
  // A body not on the list is named as the inviter typed it: the same rule as a person's name.
  const problem = personNameProblem(name);
  if (problem !== undefined) throw new ApiError(400, 'bad_request', `organisation: ${problem}`);
  return { id: null, name };
}
