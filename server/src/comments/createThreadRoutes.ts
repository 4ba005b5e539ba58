import { type Author, OUTCOMES, THREAD_STATUSES, THREAD_TYPES } from '@roundtable/profile';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../api/ApiError.ts';
import type { Guard } from '../api/Guard.ts';
import { parseInput, readBody } from '../api/readBody.ts';
import type { Member } from '../auth/Principal.ts';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import type { ThreadService } from './ThreadService.ts';

/** The shape of an id only: whether the indicator exists is checked against the consultation's draft. */
const indicatorIdSchema = z.string().trim().min(1).max(32);
const text = (max: number) => z.string().trim().min(1).max(max);
const base64 = z
  .string()
  .min(4)
  .max(4096)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/);

const newThreadSchema = z.strictObject({
  indicatorId: indicatorIdSchema,
  type: z.enum(THREAD_TYPES),
  body: text(5_000),
  proposedText: text(5_000).optional(),
  // `quote` is what the client saw; the server keeps the text it finds between `start` and `end`.
  anchor: z.strictObject({ start: base64, end: base64, quote: z.string().max(5_000) }).optional(),
});
const commentSchema = z.strictObject({ body: text(5_000) });
const resolveSchema = z.strictObject({
  outcome: z.enum(OUTCOMES),
  response: z.string().trim().max(5_000),
  applyProposal: z.boolean().optional(),
});
const listQuerySchema = z.strictObject({
  indicator: indicatorIdSchema.optional(),
  domain: z.coerce.number().int().min(1).max(6).optional(),
  organisation: z.string().min(1).max(200).optional(),
  type: z.enum(THREAD_TYPES).optional(),
  status: z.enum(THREAD_STATUSES).optional(),
});

export interface ThreadRoutesDeps {
  guard: Guard;
  threads: ThreadService;
  consultations: ConsultationStore;
}

export function authorOf(member: Member): Author {
  const { invitation } = member;
  return {
    personId: invitation.id,
    name: invitation.name,
    organisation: invitation.organisation.name,
    organisationId: invitation.organisation.id,
    role: invitation.role,
  };
}

/**
 * Comment threads over HTTP, with the same rules as everywhere: members read,
 * roles that may `comment` write their own comments, facilitators resolve.
 */
export function createThreadRoutes(deps: ThreadRoutesDeps): Hono {
  const app = new Hono();
  const base = '/api/consultations/:id/threads';

  const consultationOf = async (c: Context): Promise<string> => {
    const id = c.req.param('id') ?? '';
    const record = await deps.consultations.get(id);
    if (!record) throw new ApiError(404, 'not_found', 'No such consultation');
    return id;
  };

  app.get(base, async (c) => {
    const id = await consultationOf(c);
    await deps.guard.access(c, id, 'read');
    const query = parseInput(listQuerySchema, c.req.query());
    const filter = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
    return c.json({ threads: await deps.threads.list(id, filter) });
  });

  app.get(`${base}/:threadId`, async (c) => {
    const id = await consultationOf(c);
    await deps.guard.access(c, id, 'read');
    return c.json(await deps.threads.get(id, c.req.param('threadId')));
  });

  app.post(base, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'comment');
    const body = await readBody(c, newThreadSchema);
    const thread = await deps.threads.open(
      id,
      {
        indicatorId: body.indicatorId,
        type: body.type,
        body: body.body,
        ...(body.proposedText === undefined ? {} : { proposedText: body.proposedText }),
        ...(body.anchor === undefined ? {} : { anchor: body.anchor }),
      },
      authorOf(member),
    );
    return c.json(thread, 201);
  });

  app.post(`${base}/:threadId/comments`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'comment');
    const { body } = await readBody(c, commentSchema);
    return c.json(await deps.threads.reply(id, c.req.param('threadId'), body, authorOf(member)), 201);
  });

  app.patch(`${base}/:threadId/comments/:commentId`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'comment');
    const { body } = await readBody(c, commentSchema);
    return c.json(
      await deps.threads.edit(id, c.req.param('threadId'), c.req.param('commentId'), body, authorOf(member)),
    );
  });

  app.delete(`${base}/:threadId/comments/:commentId`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'comment');
    return c.json(await deps.threads.remove(id, c.req.param('threadId'), c.req.param('commentId'), authorOf(member)));
  });

  app.post(`${base}/:threadId/resolve`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'resolve');
    const body = await readBody(c, resolveSchema);
    return c.json(await deps.threads.resolve(id, c.req.param('threadId'), body, authorOf(member)));
  });

  app.post(`${base}/:threadId/reopen`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'resolve');
    return c.json(await deps.threads.reopen(id, c.req.param('threadId'), authorOf(member)));
  });

  return app;
}
