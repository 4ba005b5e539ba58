import type { MeetingPerson } from '@roundtable/meeting';
import type { Action } from '@roundtable/profile';
import type { Context } from 'hono';
import { authorOf } from '../comments/createThreadRoutes.ts';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { ApiError } from '../http/ApiError.ts';
import type { Guard } from '../http/Guard.ts';

/**
 * Who may do what in the meeting, for its routes: each check reads the
 * consultation from the `:id` of the path and throws the right ApiError (401
 * without a token, 403 for a role or consultation that does not match, 404
 * for a consultation that does not exist).
 */
export interface MeetingAccess {
  /** The operator or any member: reading the meeting. */
  reader(c: Context): Promise<ConsultationRecord>;
  /** The operator or a role that may `action` (minutes: `run-meeting`), when no person needs recording. */
  allowed(c: Context, action: Action): Promise<ConsultationRecord>;
  /** A member whose role may `action`, as the meeting records them: facilitators (`run-meeting`), or anyone (`read`) acting for themselves. */
  person(c: Context, action: Action): Promise<{ consultation: ConsultationRecord; actor: MeetingPerson }>;
}

export function createMeetingAccess(deps: { guard: Guard; consultations: ConsultationStore }): MeetingAccess {
  const consultationOf = async (id: string): Promise<ConsultationRecord> => {
    const record = await deps.consultations.get(id);
    if (!record) throw new ApiError(404, 'not_found', 'No such consultation');
    return record;
  };
  const allowed = async (c: Context, action: Action) => {
    const id = c.req.param('id') ?? '';
    await deps.guard.access(c, id, action);
    return consultationOf(id);
  };
  return {
    reader: (c) => allowed(c, 'read'),
    allowed,
    async person(c, action) {
      const id = c.req.param('id') ?? '';
      const member = await deps.guard.member(c, id, action);
      return { consultation: await consultationOf(id), actor: authorOf(member) };
    },
  };
}
