import {
  clearQueueEntries,
  floorRequestSchema,
  giveFloor,
  lowerHand,
  MeetingRuleError,
  type QueueResponse,
  raiseHand,
  raiseHandRequestSchema,
  readFloor,
  readQueue,
  writeFloor,
} from '@roundtable/meeting';
import { Hono } from 'hono';
import type * as Y from 'yjs';
import { readBody } from '../http/readBody.ts';
import type { MeetingRouteDeps } from './MeetingRouteDeps.ts';

/**
 * The speaking queue. Every member reads it (`GET .../queue`), raises their
 * own hand (`POST .../queue`, `{}` for what is on the table or a target) and
 * lowers it (`DELETE .../queue/me`); facilitators give the floor (`PUT
 * .../queue/floor`, `{ personId? }`: that person or the first in the
 * queue), clear the floor (`DELETE .../queue/floor`), take someone out of
 * the queue (`DELETE .../queue/:personId`) and clear it (`DELETE .../queue`).
 * Every answer is the queue and the floor.
 */
export function createQueueRoutes({ access, meeting, limitPosts }: MeetingRouteDeps): Hono {
  const app = new Hono();
  const path = '/api/consultations/:id/queue';
  const answer = (doc: Y.Doc): QueueResponse => ({ queue: readQueue(doc), floor: readFloor(doc) });

  app.get(path, async (c) => {
    const consultation = await access.reader(c);
    return c.json(await meeting.read(consultation.id, answer));
  });

  app.post(path, async (c) => {
    const { consultation, actor } = await access.person(c, 'read');
    await limitPosts(c, actor.personId);
    const target = await readBody(c, raiseHandRequestSchema);
    if (target !== undefined) await meeting.check(consultation.id, [target]);
    return c.json(
      await meeting.change(consultation.id, (doc) => {
        raiseHand(doc, actor, target, meeting.stamp());
        return answer(doc);
      }),
    );
  });

  app.delete(`${path}/me`, async (c) => {
    const { consultation, actor } = await access.person(c, 'read');
    await limitPosts(c, actor.personId);
    return c.json(
      await meeting.change(consultation.id, (doc) => {
        lowerHand(doc, actor.personId);
        return answer(doc);
      }),
    );
  });

  app.put(`${path}/floor`, async (c) => {
    const { consultation, actor } = await access.person(c, 'run-meeting');
    const { personId } = await readBody(c, floorRequestSchema);
    return c.json(
      await meeting.change(consultation.id, (doc) => {
        giveFloor(doc, personId, { by: actor, at: meeting.stamp() });
        return answer(doc);
      }),
    );
  });

  app.delete(`${path}/floor`, async (c) => {
    const { consultation } = await access.person(c, 'run-meeting');
    return c.json(
      await meeting.change(consultation.id, (doc) => {
        writeFloor(doc, null);
        return answer(doc);
      }),
    );
  });

  app.delete(`${path}/:personId`, async (c) => {
    const { consultation } = await access.person(c, 'run-meeting');
    const personId = c.req.param('personId');
    return c.json(
      await meeting.change(consultation.id, (doc) => {
        if (!lowerHand(doc, personId)) throw new MeetingRuleError('not-found', `${personId} has not raised a hand`);
        return answer(doc);
      }),
    );
  });

  app.delete(path, async (c) => {
    const { consultation } = await access.person(c, 'run-meeting');
    return c.json(
      await meeting.change(consultation.id, (doc) => {
        clearQueueEntries(doc);
        return answer(doc);
      }),
    );
  });

  return app;
}
