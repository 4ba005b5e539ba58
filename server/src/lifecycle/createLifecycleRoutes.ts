import { type ConsultationSummary, lifecycleRequestSchema } from '@roundtable/profile';
import { Hono } from 'hono';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import type { Guard } from '../http/Guard.ts';
import { readBody } from '../http/readBody.ts';
import { actorOf } from '../versions/actorOf.ts';
import type { LifecycleService } from './LifecycleService.ts';

/** `PUT /api/consultations/:id/lifecycle { status }` (facilitators): answers the consultation with its lifecycle history. */
export function createLifecycleRoutes(deps: {
  guard: Guard;
  consultations: ConsultationStore;
  lifecycle: LifecycleService;
}): Hono {
  const app = new Hono();
  app.put('/api/consultations/:id/lifecycle', async (c) => {
    const id = c.req.param('id');
    const member = await deps.guard.member(c, id, 'run-meeting');
    const { status } = await readBody(c, lifecycleRequestSchema);
    const record = await deps.lifecycle.move(id, status, actorOf(member));
    return c.json(deps.consultations.summary(record) satisfies ConsultationSummary);
  });
  return app;
}
