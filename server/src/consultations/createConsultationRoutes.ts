import { DEFAULT_LANGUAGE } from '@roundtable/i18n';
import {
  type ConsultationList,
  type ConsultationSummary,
  canonicalTimeZone,
  consultationSettingsRequestSchema,
  DEFAULT_TIME_ZONE,
  demoConsultation,
  newConsultationRequestSchema,
} from '@roundtable/profile';
import { Hono } from 'hono';
import type { z } from 'zod';
import { ApiError } from '../http/ApiError.ts';
import type { Guard } from '../http/Guard.ts';
import { readBody } from '../http/readBody.ts';
import type { Logger } from '../log.ts';
import type { ConsultationRecord } from './ConsultationRecord.ts';
import type { ConsultationStore } from './ConsultationStore.ts';
import { generatedId } from './generatedId.ts';

type NewConsultationBody = z.output<typeof newConsultationRequestSchema>;

/** What the consultation routes need, built once by `startRoundtable`. */
export interface ConsultationRoutesDeps {
  consultations: ConsultationStore;
  guard: Guard;
  logger: Logger;
  /** The clock (ms since the epoch); `Date.now` when unset. */
  now?: () => number;
}

/**
 * `POST /api/consultations`, `GET /api/consultations` (operator),
 * `GET /api/consultations/:id` (members) and `PATCH /api/consultations/:id`
 * (the consultation's settings: its facilitators and the operator).
 */
export function createConsultationRoutes(deps: ConsultationRoutesDeps): Hono {
  const app = new Hono();
  const now = deps.now ?? Date.now;

  app.post('/api/consultations', async (c) => {
    await deps.guard.admin(c);
    const body = await readBody(c, newConsultationRequestSchema);
    // A generated id that collides is retried; a requested one that exists is the caller's conflict.
    for (let attempt = 0; attempt < 5; attempt++) {
      const record = recordOf(body, new Date(now()));
      const created = await deps.consultations.create(record);
      if (created) {
        deps.logger.info('consultation.created', { consultation: created.id, seed: created.seed });
        return c.json(deps.consultations.summary(created) satisfies ConsultationSummary, 201);
      }
      if (body.id) break;
    }
    throw new ApiError(409, 'conflict', `A consultation with id ${body.id ?? '(generated)'} already exists`);
  });

  app.get('/api/consultations', async (c) => {
    await deps.guard.admin(c);
    const all = await deps.consultations.list();
    return c.json({ consultations: all.map((r) => deps.consultations.summary(r)) } satisfies ConsultationList);
  });

  app.get('/api/consultations/:id', async (c) => {
    const id = c.req.param('id');
    await deps.guard.access(c, id, 'read');
    const record = await deps.consultations.get(id);
    if (!record) throw new ApiError(404, 'not_found', 'No such consultation');
    return c.json(deps.consultations.summary(record) satisfies ConsultationSummary);
  });

  app.patch('/api/consultations/:id', async (c) => {
    const id = c.req.param('id');
    // Who runs the meeting sets how its documents read: facilitators of this consultation, and the operator.
    await deps.guard.access(c, id, 'run-meeting');
    const settings = await readBody(c, consultationSettingsRequestSchema);
    const record = await deps.consultations.update(id, (current) => ({ ...current, ...settings }));
    if (!record) throw new ApiError(404, 'not_found', 'No such consultation');
    deps.logger.info('consultation.settings', { consultation: id, ...settings });
    return c.json(deps.consultations.summary(record) satisfies ConsultationSummary);
  });

  return app;
}

function recordOf(body: NewConsultationBody, at: Date): ConsultationRecord {
  const base = body.seed === 'demo' ? demoConsultation : undefined;
  const country = body.country ?? base?.country ?? '';
  return {
    id: body.id ?? generatedId(country),
    title: body.title ?? base?.title ?? '',
    country,
    level: body.level ?? base?.level ?? 'national',
    round: body.round ?? base?.round ?? 1,
    year: body.year ?? base?.year ?? at.getUTCFullYear(),
    status: body.status ?? base?.status ?? 'in-consultation',
    languages: body.languages ?? base?.languages ?? ['en'],
    organisations: body.organisations ?? base?.organisations ?? [],
    // As the runtime names it, so documents print `Asia/Baku` however it was typed.
    timeZone: body.timeZone === undefined ? DEFAULT_TIME_ZONE : canonicalTimeZone(body.timeZone),
    language: body.language ?? DEFAULT_LANGUAGE,
    seed: body.seed,
    createdAt: at.toISOString(),
  };
}
