import { randomUUID } from 'node:crypto';
import { readDraftOutline } from '@roundtable/draft';
import type { MeetingPerson } from '@roundtable/meeting';
import {
  describeTarget,
  type MeetingAct,
  type MeetingOutline,
  MeetingRuleError,
  type MeetingTarget,
  targetLabel,
} from '@roundtable/meeting';
import { draftRoomOf, meetingRoomOf } from '@roundtable/profile';
import type * as Y from 'yjs';
import type { RoomManager } from '../sync/RoomManager.ts';

export interface MeetingRoomsOptions {
  rooms: RoomManager;
  now?: () => Date;
  newId?: () => string;
}

/**
 * The meeting's way into its rooms: reads and changes of a consultation's
 * meeting document (the server's own changes, in turn with every other
 * write of the room, stored before they resolve, relayed live to followers
 * and to other instances), and the outline of its draft, against which every
 * target in a request is checked.
 *
 * @example
 * const spotlight = await meeting.change(id, (doc) => moveSpotlight(doc, target, meeting.act(actor)));
 */
export class MeetingRooms {
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(private readonly options: MeetingRoomsOptions) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => randomUUID());
  }

  /** Reads the meeting document of `consultationId`. */
  read<T>(consultationId: string, reader: (doc: Y.Doc) => T): Promise<T> {
    return this.options.rooms.withRoom(meetingRoomOf(consultationId), (room) => reader(room.doc));
  }

  /**
   * Runs `change` on the meeting document as the server (a rule of
   * @roundtable/profile's meeting) and resolves with its result once what it
   * wrote is stored. A rule that throws has written nothing: the error is
   * passed on.
   */
  change<T>(consultationId: string, change: (doc: Y.Doc) => T): Promise<T> {
    return this.options.rooms.withRoom(meetingRoomOf(consultationId), async (room) => {
      const results: T[] = [];
      await room.applyServerChange((doc) => {
        results.push(change(doc));
      });
      if (results.length !== 1) throw new Error('MeetingRooms.change: the change did not run');
      return results[0] as T;
    });
  }

  /** The outline of the consultation's draft as it is now. */
  outline(consultationId: string): Promise<MeetingOutline> {
    return this.options.rooms.withRoom(draftRoomOf(consultationId), (room) => readDraftOutline(room.doc));
  }

  /**
   * Checks `targets` against the consultation's own draft (one read of its outline).
   *
   * @throws MeetingRuleError `code` (`invalid` for a body, `not-found` for a path) naming the first target the draft lacks
   */
  async check(
    consultationId: string,
    targets: readonly MeetingTarget[],
    code: 'invalid' | 'not-found' = 'invalid',
  ): Promise<void> {
    if (targets.length === 0) return;
    const outline = await this.outline(consultationId);
    const missing = targets.find((target) => targetLabel(outline, target) === null);
    if (missing !== undefined) {
      throw new MeetingRuleError(code, `no ${describeTarget(missing)} in this consultation's draft`);
    }
  }

  /** An act of `by` now, with a fresh decision id. */
  act(by: MeetingPerson): MeetingAct {
    return { by, at: this.stamp(), decisionId: this.newId() };
  }

  /** The server's clock, as the meeting records it. */
  stamp(): string {
    return this.now().toISOString();
  }
}
