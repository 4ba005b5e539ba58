import {
  compareQuerySchema,
  type RestoreResult,
  restoreRequestSchema,
  saveVersionRequestSchema,
  type VersionComparison,
  type VersionContent,
  type VersionList,
  type VersionMeta,
} from '@roundtable/profile';
import { Hono } from 'hono';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { ApiError } from '../http/ApiError.ts';
import type { Guard } from '../http/Guard.ts';
import { parseInput, readBody } from '../http/readBody.ts';
import { actorOf } from './actorOf.ts';
import type { VersionService } from './VersionService.ts';

/**
 * Named versions under `/api/consultations/:id/versions`: facilitators save
 * and restore (`run-meeting`), the operator and every member list, open and
 * compare (`read`).
 */
export function createVersionRoutes(deps: {
  guard: Guard;
  consultations: ConsultationStore;
  versions: VersionService;
}): Hono {
  const app = new Hono();
  const exists = async (id: string) => {
    if (!(await deps.consultations.get(id))) throw new ApiError(404, 'not_found', 'No such consultation');
  };

  app.post('/api/consultations/:id/versions', async (c) => {
    const id = c.req.param('id');
    const member = await deps.guard.member(c, id, 'run-meeting');
    const { name } = await readBody(c, saveVersionRequestSchema);
    const meta = await deps.versions.save(id, name, actorOf(member));
    return c.json(meta satisfies VersionMeta, 201);
  });

  app.get('/api/consultations/:id/versions', async (c) => {
    const id = c.req.param('id');
    await deps.guard.access(c, id, 'read');
    await exists(id);
    return c.json({ versions: await deps.versions.list(id) } satisfies VersionList);
  });

  // Before `/:versionId`, which would take `compare` for an id.
  app.get('/api/consultations/:id/versions/compare', async (c) => {
    const id = c.req.param('id');
    await deps.guard.access(c, id, 'read');
    const { from, to } = parseInput(compareQuerySchema, c.req.query());
    await exists(id);
    return c.json((await deps.versions.compare(id, from, to)) satisfies VersionComparison);
  });

  app.get('/api/consultations/:id/versions/:versionId', async (c) => {
    const id = c.req.param('id');
    await deps.guard.access(c, id, 'read');
    return c.json((await deps.versions.open(id, c.req.param('versionId'))) satisfies VersionContent);
  });

  app.post('/api/consultations/:id/versions/:versionId/restore', async (c) => {
    const id = c.req.param('id');
    const member = await deps.guard.member(c, id, 'run-meeting');
    const { indicatorId } = await readBody(c, restoreRequestSchema);
    const result = await deps.versions.restore(id, c.req.param('versionId'), indicatorId, member.invitation.role);
    return c.json(result satisfies RestoreResult);
  });

  return app;
}
