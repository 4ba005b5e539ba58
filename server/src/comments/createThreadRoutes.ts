import {
  type Author,
  commentRequestSchema,
  newThreadRequestSchema,
  resolveRequestSchema,
  type Thread,
  type ThreadList,
  threadFilterSchema,
} from '@roundtable/profile';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Member } from '../auth/Principal.ts';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { ApiError } from '../http/ApiError.ts';
import type { Guard } from '../http/Guard.ts';
import type { KeyedRateLimit } from '../http/rateLimit.ts';
import { parseInput, readBody } from '../http/readBody.ts';
import type { ThreadService } from './ThreadService.ts';

export interface ThreadRoutesDeps {
  guard: Guard;
  threads: ThreadService;
  consultations: ConsultationStore;
  /** Counts a person's posts (opening, replying, editing, deleting); 429 past the limit. */
  limitPosts: KeyedRateLimit;
}

/** The author a member writes as: their invitation's person, organisation and role, never the request's claim. */
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
    const query = parseInput(threadFilterSchema, c.req.query());
    const filter = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
    return c.json({ threads: await deps.threads.list(id, filter) } satisfies ThreadList);
  });

  app.get(`${base}/:threadId`, async (c) => {
    const id = await consultationOf(c);
    await deps.guard.access(c, id, 'read');
    return c.json((await deps.threads.get(id, c.req.param('threadId'))) satisfies Thread);
  });

  app.post(base, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'comment');
    await deps.limitPosts(c, member.invitation.id);
    const body = await readBody(c, newThreadRequestSchema);
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
    return c.json(thread satisfies Thread, 201);
  });

  app.post(`${base}/:threadId/comments`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'comment');
    await deps.limitPosts(c, member.invitation.id);
    const { body } = await readBody(c, commentRequestSchema);
    return c.json(await deps.threads.reply(id, c.req.param('threadId'), body, authorOf(member)), 201);
  });

  app.patch(`${base}/:threadId/comments/:commentId`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'comment');
    await deps.limitPosts(c, member.invitation.id);
    const { body } = await readBody(c, commentRequestSchema);
    return c.json(
      await deps.threads.edit(id, c.req.param('threadId'), c.req.param('commentId'), body, authorOf(member)),
    );
  });

  app.delete(`${base}/:threadId/comments/:commentId`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'comment');
    await deps.limitPosts(c, member.invitation.id);
    return c.json(await deps.threads.remove(id, c.req.param('threadId'), c.req.param('commentId'), authorOf(member)));
  });

  app.post(`${base}/:threadId/resolve`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'resolve');
    const body = await readBody(c, resolveRequestSchema);
    return c.json(await deps.threads.resolve(id, c.req.param('threadId'), body, authorOf(member)));
  });

  app.post(`${base}/:threadId/reopen`, async (c) => {
    const id = await consultationOf(c);
    const member = await deps.guard.member(c, id, 'resolve');
    return c.json(await deps.threads.reopen(id, c.req.param('threadId'), authorOf(member)));
  });

  return app;
}
