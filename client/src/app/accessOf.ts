import { type Action, can, type Member, type Role } from '@roundtable/profile';
import type { Viewer } from '../comments/Viewer.ts';

/** What the page offers a person, from their invitation. The server decides in the end. */
export interface Access {
  role: Role | null;
  viewer: Viewer;
  /**
   * The role may edit the draft. Without an answer from `/api/me` (`member`
   * null: the request failed) the editor offers editing and the server, which
   * knows the invitation from the socket's cookie, refuses what the role may not do.
   */
  mayEdit: boolean;
  mayInvite: boolean;
  mayRunMeeting: boolean;
  mayExport: boolean;
}

export function accessOf(member: Member | null): Access {
  const role: Role | null = member?.role ?? null;
  const may = (action: Action): boolean => role !== null && can(role, action);
  return {
    role,
    viewer: { personId: member?.id ?? null, canComment: may('comment'), canResolve: may('resolve') },
    mayEdit: member === null || member.actions.includes('edit'),
    mayInvite: may('invite'),
    mayRunMeeting: may('run-meeting'),
    mayExport: may('export'),
  };
}
