import { type ProfileDocument, readProfileDocument } from '@roundtable/export';
import { draftRoomOf } from '@roundtable/profile';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { ApiError } from '../http/ApiError.ts';
import type { Guard } from '../http/Guard.ts';
import type { RoomManager } from '../sync/RoomManager.ts';

/** Where the read-only draft is: `GET /api/consultations/:id/draft/preview`. */
export const DRAFT_PREVIEW_PATH = '/api/consultations/:id/draft/preview';

/**
 * The draft as the server holds it right now, for anyone who may `read` the
 * consultation: `ProfileDocument` JSON (title, summary, introduction,
 * context, domains with indicators, key sources; no comments), read from
 * the server's own Y.Doc. The client's first, small script shows it while
 * the editor's bundle is still on its way over a slow link. Gzip when the
 * request accepts it; `Cache-Control: no-store` (it changes with every
 * edit). 401/403 as every API route; 404 for an unknown consultation.
 */
export function createDraftPreviewRoutes(deps: {
  guard: Guard;
  consultations: ConsultationStore;
  rooms: RoomManager;
}): Hono {
  const app = new Hono();
  app.get(DRAFT_PREVIEW_PATH, compress(), async (c) => {
    const id = c.req.param('id');
    await deps.guard.access(c, id, 'read');
    const record = await deps.consultations.get(id);
    if (record === null) throw new ApiError(404, 'not_found', 'No such consultation');
    const metadata = { title: record.title, country: record.country, year: record.year };
    const profile: ProfileDocument = await deps.rooms.withRoom(
      draftRoomOf(record.id),
      (room) => readProfileDocument(room.doc, metadata).profile,
    );
    c.header('Cache-Control', 'no-store');
    return c.json(profile);
  });
  return app;
}
