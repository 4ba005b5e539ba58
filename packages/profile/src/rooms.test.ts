import { describe, expect, it } from 'vitest';
import { draftRoomOf, meetingRoomOf, ROOM_KINDS, roomName, roomOf, threadsRoomOf } from './rooms.ts';

describe('room names', () => {
  it('names each room of a consultation `<consultationId>:<kind>`', () => {
    expect(roomName('demo', 'draft')).toBe('demo:draft');
    expect([draftRoomOf('demo'), threadsRoomOf('demo'), meetingRoomOf('demo')]).toEqual([
      'demo:draft',
      'demo:threads',
      'demo:meeting',
    ]);
  });

  it('reads back the consultation and kind of every room it names, ids with colons included', () => {
    for (const kind of ROOM_KINDS) {
      expect(roomOf(roomName('demo', kind))).toEqual({ consultationId: 'demo', kind });
      expect(roomOf(roomName('a:b', kind))).toEqual({ consultationId: 'a:b', kind });
    }
  });

  it('is no consultation’s room without a known kind at the end, or without a consultation', () => {
    for (const room of ['demo', 'demo:drafts', 'demo:draft:x', 'draft', ':draft', ':meeting', 'demo:DRAFT', '']) {
      expect(roomOf(room), room).toBeUndefined();
    }
  });
});
