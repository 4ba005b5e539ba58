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
  if (!room.endsWith(DRAFT_SUFFIX)) return undefined;
  const id = room.slice(0, -DRAFT_SUFFIX.length);
  return id === '' ? undefined : id;
}
