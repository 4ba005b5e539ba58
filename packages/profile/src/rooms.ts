/**
 * The Yjs rooms of a consultation, named `<consultationId>:<kind>`: its
 * draft (edited by people, checked by the server's write policy), its
 * comment threads and its live meeting (both written by the server only,
 * followed read-only). Server and client name rooms only through these
 * functions.
 */
export const ROOM_KINDS = ['draft', 'threads', 'meeting'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** The room of `kind` of a consultation, e.g. `roomName('demo', 'draft')` is `demo:draft`. */
export function roomName(consultationId: string, kind: RoomKind): string {
  return `${consultationId}:${kind}`;
}

/** The room holding a consultation's draft profile, e.g. `demo:draft`. */
export function draftRoomOf(consultationId: string): string {
  return roomName(consultationId, 'draft');
}

/** The room holding a consultation's comment threads, e.g. `demo:threads`. */
export function threadsRoomOf(consultationId: string): string {
  return roomName(consultationId, 'threads');
}

/** The room holding a consultation's live meeting (spotlight, agenda, queue, locks, decisions), e.g. `demo:meeting`. */
export function meetingRoomOf(consultationId: string): string {
  return roomName(consultationId, 'meeting');
}

/**
 * Which consultation and which kind of room a room name is, or undefined
 * when it is no consultation's room. Every room-level permission check
 * starts here, so a new kind of room must be added to {@link ROOM_KINDS}
 * to be reachable at all.
 */
export function roomOf(room: string): { consultationId: string; kind: RoomKind } | undefined {
  for (const kind of ROOM_KINDS) {
    const suffix = `:${kind}`;
    if (!room.endsWith(suffix)) continue;
    const consultationId = room.slice(0, -suffix.length);
    return consultationId === '' ? undefined : { consultationId, kind };
  }
  return undefined;
}
