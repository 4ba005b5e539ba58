import { setLock } from '@roundtable/meeting';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../log.ts';
import { createMemoryDocStore } from '../storage/createMemoryDocStore.ts';
import { RoomManager } from '../sync/RoomManager.ts';
import { createMeetingDraftContext } from './createMeetingDraftContext.ts';

const act = {
  by: { personId: 'inv-f', name: 'F', organisation: 'O', organisationId: 'o', role: 'facilitator' as const },
  at: '2026-11-27T09:00:00.000Z',
  decisionId: 'd1',
};

const managers: RoomManager[] = [];
afterEach(async () => {
  for (const m of managers.splice(0)) await m.closeAll();
});

function manager(): RoomManager {
  const m = new RoomManager({ store: createMemoryDocStore(), logger: silentLogger, unloadGraceMs: 10 });
  managers.push(m);
  return m;
}

describe('createMeetingDraftContext', () => {
  it('reads the locks live: a lock set after the context was first asked for refuses the next update', async () => {
    const rooms = manager();
    const meeting = await rooms.open('c:meeting');
    const context = createMeetingDraftContext(rooms, silentLogger);
    expect(context.contextFor('c').lockOf?.('1.1')).toBeNull();
    setLock(meeting.doc, { kind: 'indicator', indicatorId: '1.1' }, true, act);
    expect(context.contextFor('c').lockOf?.('1.1')).toBe('indicator 1.1 is locked in the meeting');
    expect(context.contextFor('c').lockOf?.('1.2')).toBeNull();
  });

  it('reads the meeting room loaded now, not one unloaded since', async () => {
    const rooms = manager();
    const first = await rooms.open('c:meeting');
    const context = createMeetingDraftContext(rooms, silentLogger);
    expect(context.contextFor('c').lockOf?.('1.1')).toBeNull();
    await rooms.unload('c:meeting', true);
    const second = await rooms.open('c:meeting');
    expect(second).not.toBe(first);
    setLock(second.doc, { kind: 'indicator', indicatorId: '1.1' }, true, act);
    expect(context.contextFor('c').lockOf?.('1.1')).toBe('indicator 1.1 is locked in the meeting');
  });

  it('refuses every indicator while the meeting room is not loaded', () => {
    const context = createMeetingDraftContext(manager(), silentLogger);
    expect(context.contextFor('c').lockOf?.('1.1')).toMatch(/locks are not loaded/);
  });
});
