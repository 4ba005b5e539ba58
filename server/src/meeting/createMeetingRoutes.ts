import { minutesDocx } from '@roundtable/export';
import {
  type DecisionList,
  editStatement,
  indicatorStatusRequestSchema,
  type LockResponse,
  type LockTarget,
  lockRequestSchema,
  moveSpotlight,
  readDecisions,
  type SpotlightResponse,
  setLock,
  spotlightRequestSchema,
  statementRequestSchema,
} from '@roundtable/meeting';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { languageOf } from '../consultations/ConsultationStore.ts';
import type { Guard } from '../http/Guard.ts';
import type { KeyedRateLimit } from '../http/rateLimit.ts';
import { parseInput, readBody } from '../http/readBody.ts';
import type { Logger } from '../log.ts';
import { createAgendaRoutes } from './createAgendaRoutes.ts';
import { createAttendanceRoutes } from './createAttendanceRoutes.ts';
import { createQueueRoutes } from './createQueueRoutes.ts';
import { createMeetingAccess } from './MeetingAccess.ts';
import type { MeetingRooms } from './MeetingRooms.ts';
import type { MeetingRouteDeps } from './MeetingRouteDeps.ts';
import type { MeetingService } from './MeetingService.ts';

const domainParamSchema = z.coerce.number().int().min(1).max(6);

/**
 * The live meeting over HTTP, under `/api/consultations/:id`. Facilitators
 * (`run-meeting`) put things on the table, set statuses with their decision,
 * lock, plan the agenda, run the speaking queue and generate the minutes;
 * every member reads it all, raises their own hand and declares how they
 * attend. Everything written lands in the draft (statuses) or the meeting
 * room, which every client follows live. Bodies are validated with the
 * schemas of @roundtable/profile (`api/meetingSchemas.ts`); targets are
 * checked against the consultation's own draft.
 */
export function createMeetingRoutes(deps: {
  guard: Guard;
  consultations: ConsultationStore;
  meeting: MeetingRooms;
  meetingService: MeetingService;
  logger: Logger;
  limitPosts: KeyedRateLimit;
}): Hono {
  const d: MeetingRouteDeps = {
    access: createMeetingAccess(deps),
    meeting: deps.meeting,
    service: deps.meetingService,
    logger: deps.logger,
    limitPosts: deps.limitPosts,
  };
  const { access, meeting, service, logger } = d;
  const app = new Hono();
  const base = '/api/consultations/:id';

  app.get(`${base}/meeting`, async (c) => {
    const consultation = await access.reader(c);
    return c.json(await service.summary(consultation.id));
  });

  app.put(`${base}/indicators/:indicatorId/status`, async (c) => {
    const { consultation, actor } = await access.person(c, 'run-meeting');
    const { status, statement } = await readBody(c, indicatorStatusRequestSchema);
    return c.json(await service.setStatus(consultation.id, c.req.param('indicatorId'), status, statement, actor));
  });

  app.put(`${base}/spotlight`, async (c) => {
    const { consultation, actor } = await access.person(c, 'run-meeting');
    const target = await readBody(c, spotlightRequestSchema);
    await meeting.check(consultation.id, [target]);
    const spotlight = await meeting.change(consultation.id, (doc) => moveSpotlight(doc, target, meeting.act(actor)));
    logger.info('meeting.spotlight', { consultation: consultation.id, target });
    return c.json({ spotlight } satisfies SpotlightResponse);
  });

  app.delete(`${base}/spotlight`, async (c) => {
    const { consultation, actor } = await access.person(c, 'run-meeting');
    const spotlight = await meeting.change(consultation.id, (doc) => moveSpotlight(doc, null, meeting.act(actor)));
    return c.json({ spotlight } satisfies SpotlightResponse);
  });

  /** Locks or unlocks what `targetOf` reads from the path (after the access check). */
  const changeLock = async (c: Context, targetOf: () => LockTarget) => {
    const { consultation, actor } = await access.person(c, 'run-meeting');
    const target = targetOf();
    const { locked } = await readBody(c, lockRequestSchema);
    await meeting.check(consultation.id, [target], 'not-found');
    const { lock, changed } = await meeting.change(consultation.id, (doc) =>
      setLock(doc, target, locked, meeting.act(actor)),
    );
    if (changed) logger.info('meeting.lock', { consultation: consultation.id, target, locked });
    return c.json({ target, lock } satisfies LockResponse);
  };
  app.put(`${base}/indicators/:indicatorId/lock`, (c) =>
    changeLock(c, () => ({ kind: 'indicator', indicatorId: c.req.param('indicatorId') })),
  );
  app.put(`${base}/domains/:domain/lock`, (c) =>
    changeLock(c, () => ({ kind: 'domain', domain: parseInput(domainParamSchema, c.req.param('domain')) })),
  );

  app.get(`${base}/decisions`, async (c) => {
    const consultation = await access.reader(c);
    return c.json({ decisions: await meeting.read(consultation.id, readDecisions) } satisfies DecisionList);
  });

  app.put(`${base}/decisions/:decisionId/statement`, async (c) => {
    const { consultation, actor } = await access.person(c, 'run-meeting');
    const { statement } = await readBody(c, statementRequestSchema);
    const decisionId = c.req.param('decisionId');
    return c.json(
      await meeting.change(consultation.id, (doc) => editStatement(doc, decisionId, statement, meeting.act(actor))),
    );
  });

  app.get(`${base}/minutes`, async (c) => {
    const consultation = await access.allowed(c, 'run-meeting');
    const language = languageOf(consultation);
    const { markdown, filename } = await service.minutes(consultation, language);
    return c.body(markdown, 200, {
      'content-type': 'text/markdown; charset=utf-8',
      // The minutes' own language, which may not be the reader's: the client marks the text with it (lang).
      'content-language': language,
      'content-disposition': `attachment; filename="${filename}"`,
    });
  });

  app.get(`${base}/minutes.docx`, async (c) => {
    const consultation = await access.allowed(c, 'run-meeting');
    const language = languageOf(consultation);
    const { markdown, filename } = await service.minutes(consultation, language);
    const bytes = await minutesDocx(markdown, { language });
    return c.body(bytes.buffer as ArrayBuffer, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-language': language,
      'content-disposition': `attachment; filename="${filename.replace(/\.md$/, '.docx')}"`,
    });
  });

  app.route('/', createAgendaRoutes(d));
  app.route('/', createQueueRoutes(d));
  app.route('/', createAttendanceRoutes(d));
  return app;
}
