import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../log.ts';
import { createMemoryDocStore } from '../storage/createMemoryDocStore.ts';
import { RoomManager } from './RoomManager.ts';

const managers: RoomManager[] = [];
afterEach(async () => {
  for (const m of managers.splice(0)) await m.closeAll();
});

function manager(): RoomManager {
  const m = new RoomManager({
    store: createMemoryDocStore(),
    logger: silentLogger,
    unloadGraceMs: 10,
    dependenciesOf: (room) => (room.endsWith(':draft') ? [room.replace(':draft', ':meeting')] : []),
  });
  managers.push(m);
  return m;
}

/** Resolves once `check()` holds, polling with vitest's `vi.waitFor`; rejects naming `what`. */
async function until(check: () => boolean, what: string): Promise<void> {
  await vi.waitFor(
    () => {
      if (!check()) throw new Error(`timed out waiting for ${what}`);
    },
    { timeout: 5_000, interval: 5 },
  );
}

describe('RoomManager dependencies', () => {
  it('loads a room’s dependency before it, keeps it while the room is loaded and unloads it after', async () => {
    const rooms = manager();
    const draft = await rooms.open('c:draft');
    // The dependency was loaded first: it is there as soon as the room is.
    expect(rooms.get('c:meeting')).toBeDefined();
    // Used and released by a feature while the room stays: the dependency must not unload.
    await rooms.withRoom('c:meeting', () => undefined);
    await rooms.withRoom('c:draft', () => undefined);
    await until(() => rooms.get('c:draft') === undefined, 'the idle room to unload');
    expect(draft.doc.isDestroyed).toBe(true);
    await until(() => rooms.get('c:meeting') === undefined, 'the dependency to unload after it');
  });

  it('keeps a dependency used by a feature while its room is loaded, past the grace period', async () => {
    const rooms = manager();
    const release = await rooms.retain('c:draft');
    await rooms.withRoom('c:meeting', () => undefined);
    // A room nothing holds, released after the dependency: once it has unloaded, the dependency's grace is over too.
    await rooms.withRoom('control:threads', () => undefined);
    await until(() => rooms.get('control:threads') === undefined, 'the control room to unload');
    expect(rooms.loadedRooms.sort()).toEqual(['c:draft', 'c:meeting']);
    release();
    await until(() => rooms.loadedRooms.length === 0, 'both rooms to unload');
  });

  it('keeps a room loaded while a feature uses it, even past the grace period', async () => {
    const rooms = manager();
    let seen = false;
    await rooms.withRoom('x:threads', async (room) => {
      // A room released meanwhile unloads: the grace period has passed while this one is in use.
      await rooms.withRoom('control:threads', () => undefined);
      await until(() => rooms.get('control:threads') === undefined, 'the control room to unload');
      seen = !room.doc.isDestroyed && rooms.get('x:threads') === room;
    });
    expect(seen).toBe(true);
    await until(() => rooms.get('x:threads') === undefined, 'the room to unload once released');
  });
});

describe('Room writes', () => {
  // Regression: a server write awaited right after another one could be queued after the drain loop
  // ended but before it let go, and then never run (its promise never settled).
  it('runs server writes awaited one after another, each in its turn', async () => {
    const rooms = manager();
    const count = await rooms.withRoom('c:threads', async (room) => {
      for (let i = 0; i < 20; i++) {
        await room.applyServerChange((doc) => doc.getArray<number>('a').push([i]));
      }
      return room.doc.getArray<number>('a').length;
    });
    expect(count).toBe(20);
  });
});
