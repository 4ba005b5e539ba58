import {
  type AgendaResponse,
  agendaCurrentRequestSchema,
  agendaRequestSchema,
  nextAgendaItem,
  planAgenda,
  readAgenda,
  readSpotlight,
  startAgendaItem,
} from '@roundtable/meeting';
import { Hono } from 'hono';
import type * as Y from 'yjs';
import { readBody } from '../http/readBody.ts';
import type { MeetingRouteDeps } from './MeetingRouteDeps.ts';

/**
 * The session's agenda: `GET .../agenda` (members), and for facilitators
 * `PUT .../agenda` (plan it), `POST .../agenda/next` (the next item on the
 * table, its timer started) and `PUT .../agenda/current` (jump to an item,
 * or stop). Every answer is the agenda, the spotlight and the server's time.
 */
export function createAgendaRoutes({ access, meeting, logger }: MeetingRouteDeps): Hono {
  const app = new Hono();
  const path = '/api/consultations/:id/agenda';
  const answer = (doc: Y.Doc): AgendaResponse => ({
    agenda: readAgenda(doc),
    spotlight: readSpotlight(doc),
    serverTime: meeting.stamp(),
  });

  app.get(path, async (c) => {
    const consultation = await access.reader(c);
    return c.json(await meeting.read(consultation.id, answer));
  });

  app.put(path, async (c) => {
    const { consultation, actor } = await access.person(c, 'run-meeting');
    const { items } = await readBody(c, agendaRequestSchema);
    await meeting.check(
      consultation.id,
      items.map((item) => item.target),
    );
    const agenda = await meeting.change(consultation.id, (doc) => {
      planAgenda(doc, items, meeting.act(actor));
      return answer(doc);
    });
    logger.info('meeting.agenda-planned', { consultation: consultation.id, items: items.length });
    return c.json(agenda);
  });

  app.post(`${path}/next`, async (c) => {
    const { consultation, actor } = await access.person(c, 'run-meeting');
    return c.json(
      await meeting.change(consultation.id, (doc) => {
        nextAgendaItem(doc, meeting.act(actor));
        return answer(doc);
      }),
    );
  });

  app.put(`${path}/current`, async (c) => {
    const { consultation, actor } = await access.person(c, 'run-meeting');
    const { itemId } = await readBody(c, agendaCurrentRequestSchema);
    return c.json(
      await meeting.change(consultation.id, (doc) => {
        startAgendaItem(doc, itemId, meeting.act(actor));
        return answer(doc);
      }),
    );
  });

  return app;
}
