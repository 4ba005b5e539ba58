const DRAFT_SUFFIX = ':draft';

/** The room that holds a consultation's draft profile, e.g. `demo:draft`. */
export function draftRoomOf(consultationId: string): string {
  return `${consultationId}${DRAFT_SUFFIX}`;
}

/**
 * The consultation a room belongs to, or undefined when the name is no
 * consultation's room. Every room-level permission check starts here, so a
 * new kind of room must be added here to be reachable at all.
 */
export function consultationOfRoom(room: string): string | undefined {
  return roomOf(room)?.consultationId;
}

/** The kinds of room a consultation has: its draft, and its comment threads (written by the server only). */
export type RoomKind = 'draft' | 'threads';

const SUFFIXES: Record<RoomKind, string> = { draft: DRAFT_SUFFIX, threads: ':threads' };

/** Which consultation and which kind of room a room name is, if any. */
export function roomOf(room: string): { consultationId: string; kind: RoomKind } | undefined {
  for (const kind of Object.keys(SUFFIXES) as RoomKind[]) {
    const suffix = SUFFIXES[kind];
    if (!room.endsWith(suffix)) continue;
    const consultationId = room.slice(0, -suffix.length);
    return consultationId === '' ? undefined : { consultationId, kind };
  }
  return undefined;
}
