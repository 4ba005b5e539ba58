import { attendanceModeRequestSchema, declareAttendanceMode, type MyAttendanceResponse } from '@roundtable/meeting';
import { Hono } from 'hono';
import { readBody } from '../http/readBody.ts';
import type { MeetingRouteDeps } from './MeetingRouteDeps.ts';

/**
 * Attendance: `GET .../attendance` (members) lists who is here by
 * organisation, from the server's own knowledge of connections, with the
 * invited organisations absent now; `PUT .../attendance/me` `{ mode }` lets a
 * member say whether they are in the room or remote (changeable).
 */
export function createAttendanceRoutes({ access, meeting, service, limitPosts }: MeetingRouteDeps): Hono {
  const app = new Hono();
  const path = '/api/consultations/:id/attendance';

  app.get(path, async (c) => {
    const consultation = await access.reader(c);
    return c.json(await service.attendance(consultation));
  });

  app.put(`${path}/me`, async (c) => {
    const { consultation, actor } = await access.person(c, 'read');
    await limitPosts(c, actor.personId);
    const { mode } = await readBody(c, attendanceModeRequestSchema);
    const attendance = await meeting.change(consultation.id, (doc) => declareAttendanceMode(doc, actor, mode));
    return c.json({ attendance } satisfies MyAttendanceResponse);
  });

  return app;
}
