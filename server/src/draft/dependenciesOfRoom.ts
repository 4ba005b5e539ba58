import { meetingRoomOf, roomOf } from '@roundtable/profile';

/**
 * The rooms a room needs loaded while it is (RoomManager's
 * `dependenciesOf`): a draft's write policy reads its meeting's locks, so a
 * consultation's meeting room is loaded before its draft room, on every
 * instance, and stays loaded with it. No update to a draft is ever checked
 * without the locks.
 */
export function dependenciesOfRoom(room: string): readonly string[] {
  const target = roomOf(room);
  return target?.kind === 'draft' ? [meetingRoomOf(target.consultationId)] : [];
}
