import type { Role } from '@roundtable/profile';

/** Who sends a change to the draft: the server itself (seeding, import, status, applied wording) or a member. */
export type DraftWriter = { kind: 'server' } | { kind: 'member'; role: Role };

/** The state of the consultation the policy reads, beyond the document itself. */
export interface DraftPolicyContext {
  /**
   * Why nobody but the server may change indicator `indicatorId` now (a lock
   * of the meeting), or null when it is open. Called once per indicator an
   * update touches.
   */
  lockOf?: (indicatorId: string) => string | null;
  /**
   * Why the draft accepts no change from members at all (the consultation is
   * validated or published), or null/undefined while it is open.
   */
  closed?: string | null;
}

export const SERVER_WRITER: DraftWriter = { kind: 'server' };
