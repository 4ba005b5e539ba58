import { SERVER_WRITER } from '@roundtable/draft';
import { draftRoomOf, type IndicatorStatusResponse, indicatorStatusRequestSchema } from '@roundtable/profile';
import { Hono } from 'hono';
import { ApiError } from '../api/ApiError.ts';
import type { Guard } from '../api/Guard.ts';
import { readBody } from '../api/readBody.ts';
import { createDraftUpdateCheck } from '../draft/createDraftUpdateCheck.ts';
import type { Logger } from '../log.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import { indicatorStatusUpdate } from './indicatorStatusUpdate.ts';

/** Status changes are the server's own (facilitators ask through this route): checked as the server. */
const SERVER_CHECK = createDraftUpdateCheck(SERVER_WRITER, () => ({}));

/**
 * Running the meeting: facilitators move each indicator through the
 * consultation (under discussion, agreed, contested...). The status lives in
 * the draft, so everyone sees it change live.
 */
export function createMeetingRoutes(deps: { guard: Guard; rooms: RoomManager; logger: Logger }): Hono {
  const app = new Hono();
  app.put('/api/consultations/:id/indicators/:indicatorId/status', async (c) => {
    const id = c.req.param('id');
    const indicatorId = c.req.param('indicatorId');
    await deps.guard.access(c, id, 'run-meeting');
    const { status } = await readBody(c, indicatorStatusRequestSchema);
    let found = true;
    await deps.rooms.withRoom(draftRoomOf(id), (room) =>
      room.applyServerUpdate((doc, client) => {
        const update = indicatorStatusUpdate(doc, indicatorId, status, client);
        found = update !== undefined;
        return update ?? null;
      }, SERVER_CHECK),
    );
    if (!found) throw new ApiError(404, 'not_found', `No indicator ${indicatorId} in this draft`);
    deps.logger.info('meeting.indicator-status', { consultation: id, indicator: indicatorId, status });
    return c.json({ indicatorId, status } satisfies IndicatorStatusResponse);
  });
  return app;
}
