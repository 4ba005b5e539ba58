import { randomBytes } from 'node:crypto';
import { CONSULTATION_LEVELS, CONSULTATION_STATUSES, demoConsultation, ORGANISATION_KINDS } from '@roundtable/profile';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';
import type { ApiDeps } from './ApiDeps.ts';
import { ApiError } from './ApiError.ts';
import { readBody } from './readBody.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

const organisationSchema = z.strictObject({
  id: z.string().regex(SLUG, 'lowercase letters, digits and dashes'),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORGANISATION_KINDS),
});

export const newConsultationSchema = z
  .strictObject({
    /** Optional fixed id (a slug); generated from the country otherwise. */
    id: z.string().regex(SLUG, 'lowercase letters, digits and dashes, at most 63').optional(),
    seed: z.enum(['demo', 'empty']).default('demo'),
    title: z.string().trim().min(1).max(200).optional(),
    country: z.string().trim().min(1).max(120).optional(),
    level: z.enum(CONSULTATION_LEVELS).optional(),
    round: z.number().int().min(1).max(99).optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    status: z.enum(CONSULTATION_STATUSES).optional(),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or fr'))
      .min(1)
      .max(12)
      .optional(),
    organisations: z.array(organisationSchema).max(300).optional(),
  })
  .superRefine((body, ctx) => {
    // The demo seed brings a title and a country; an empty draft has nothing to fall back on.
    if (body.seed === 'empty') {
      if (!body.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'required for an empty draft' });
      if (!body.country) ctx.addIssue({ code: 'custom', path: ['country'], message: 'required for an empty draft' });
    }
    const ids = (body.organisations ?? []).map((o) => o.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['organisations'], message: 'ids must be unique' });
  });

type NewConsultationBody = z.infer<typeof newConsultationSchema>;

/** `POST /api/consultations`, `GET /api/consultations` (operator) and `GET /api/consultations/:id` (members). */
export function createConsultationRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  const now = deps.now ?? Date.now;

  app.post('/api/consultations', async (c) => {
    await deps.guard.admin(c);
    const body = await readBody(c, newConsultationSchema);
    // A generated id that collides is retried; a requested one that exists is the caller's conflict.
    for (let attempt = 0; attempt < 5; attempt++) {
      const record = recordOf(body, new Date(now()));
      const created = await deps.consultations.create(record);
      if (created) {
        deps.logger.info('consultation.created', { consultation: created.id, seed: created.seed });
        return c.json(deps.consultations.summary(created), 201);
      }
      if (body.id) break;
    }
    throw new ApiError(409, 'conflict', `A consultation with id ${body.id ?? '(generated)'} already exists`);
  });

  app.get('/api/consultations', async (c) => {
    await deps.guard.admin(c);
    const all = await deps.consultations.list();
    return c.json({ consultations: all.map((r) => deps.consultations.summary(r)) });
  });

  app.get('/api/consultations/:id', async (c) => {
    const id = c.req.param('id');
    await deps.guard.access(c, id, 'read');
    const record = await deps.consultations.get(id);
    if (!record) throw new ApiError(404, 'not_found', 'No such consultation');
    return c.json(deps.consultations.summary(record));
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
    seed: body.seed,
    createdAt: at.toISOString(),
  };
}

function generatedId(country: string): string {
  const slug = country
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'consultation'}-${randomBytes(4).toString('hex')}`;
}
