import { Hono } from 'hono';
import type { ThreadService } from '../comments/ThreadService.ts';
import type { Guard } from '../http/Guard.ts';
import { commentMatrixCsv } from './commentMatrixCsv.ts';

/** `GET /api/consultations/:id/export/comments.csv`: the comment matrix, for roles that may export. */
export function createExportRoutes(deps: { guard: Guard; threads: ThreadService }): Hono {
  const app = new Hono();
  app.get('/api/consultations/:id/export/comments.csv', async (c) => {
    const id = c.req.param('id');
    await deps.guard.access(c, id, 'export');
    const csv = commentMatrixCsv(await deps.threads.list(id, {}));
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${id}-comment-matrix.csv"`,
    });
  });
  return app;
}
