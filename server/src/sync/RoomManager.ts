import { CloseCode } from '@roundtable/protocol';
import type { Logger } from '../log.ts';
import type { DocStore } from '../storage/DocStore.ts';
import type { UpdateSpill } from '../storage/UpdateSpill.ts';
import type { ClientIdClaims } from './ClientIdClaims.ts';
import type { Connection } from './Connection.ts';
import type { DocBus } from './DocBus.ts';
import { Room } from './Room.ts';
import type { SyncMetrics } from './SyncMetrics.ts';

export interface RoomManagerOptions {
  store: DocStore;
  /** Fan-out to other instances, when there are any. */
  bus?: DocBus | null;
  logger: Logger;
  /** How long an empty room stays in memory before it is stored and unloaded. */
  unloadGraceMs?: number;
  /** Entries after the last snapshot before a room compacts its stored log. */
  compactThreshold?: number;
  /** Local files for updates the store refused during an outage (see `UpdateSpill`). */
  spill?: UpdateSpill | null;
  /** Initial content of a room that has never been stored, or null to start empty. */
  initialContent?: (room: string) => Promise<Uint8Array | null> | Uint8Array | null;
  /**
   * Rooms that must be loaded before room `room` and stay loaded while it is
   * (e.g. the meeting whose locks a draft's write policy reads). One level:
   * a dependency's own dependencies are not followed.
   */
  dependenciesOf?: (room: string) => readonly string[];
  /** Counts updates, store latency; nothing by default. */
  metrics?: SyncMetrics;
  /** Who writes under each client id, kept beyond a room's life (see `RoomOptions.claims`). */
  claims?: ClientIdClaims;
}

interface Slot {
  loading: Promise<Room>;
  room: Room | null;
  unloadTimer: NodeJS.Timeout | null;
  unloading: Promise<void> | null;
  /** How many loaded rooms depend on this one: it stays loaded while any does. */
  retainers: number;
  /** Lets go of this room's dependencies (after it unloads). */
  releaseDependencies: () => void;
}

/** Loads rooms on first use, shares them between connections and unloads idle ones. */
export class RoomManager {
  private readonly slots = new Map<string, Slot>();
  private readonly options: Required<
    Omit<RoomManagerOptions, 'initialContent' | 'bus' | 'dependenciesOf' | 'metrics' | 'spill' | 'claims'>
  > &
    Pick<RoomManagerOptions, 'initialContent' | 'bus' | 'dependenciesOf' | 'metrics' | 'spill' | 'claims'>;

  constructor(options: RoomManagerOptions) {
    this.options = { unloadGraceMs: 5_000, compactThreshold: 500, ...options };
  }

  /** Names of rooms in memory. */
  get loadedRooms(): string[] {
    return [...this.slots.keys()];
  }

  /** Connections attached to loaded rooms. */
  get connectionCount(): number {
    let count = 0;
    for (const slot of this.slots.values()) count += slot.room?.connections.size ?? 0;
    return count;
  }

  get(name: string): Room | undefined {
    return this.slots.get(name)?.room ?? undefined;
  }

  /** Attaches a connection once its room is loaded; closes it if loading fails. */
  async connect(name: string, connection: Connection): Promise<void> {
    let room: Room;
    try {
      room = await this.open(name);
    } catch (error) {
      this.options.logger.error('room.load-failed', { room: name, connection: connection.id, error });
      connection.close(CloseCode.InternalError, 'document could not be loaded');
      return;
    }
    const slot = this.slots.get(name);
    if (slot?.unloadTimer) {
      clearTimeout(slot.unloadTimer);
      slot.unloadTimer = null;
    }
    connection.attach(room);
    if (room.isIdle) this.scheduleUnload(name);
  }

  /**
   * Runs `use` on a loaded room for a server-side feature (an HTTP request),
   * keeping the room loaded while it runs, then lets the room unload if
   * nobody is connected.
   */
  async withRoom<T>(name: string, use: (room: Room) => Promise<T> | T): Promise<T> {
    const release = await this.retain(name);
    try {
      const room = this.slots.get(name)?.room;
      if (!room) throw new Error(`RoomManager.withRoom: ${name} is retained but not loaded`);
      return await use(room);
    } finally {
      release();
    }
  }

  /** Loads (or returns the loaded) room, after its dependencies. */
  async open(name: string): Promise<Room> {
    for (;;) {
      const existing = this.slots.get(name);
      if (existing?.unloading) {
        await existing.unloading;
        continue;
      }
      if (existing) return existing.loading;
      const room = new Room(name, {
        store: this.options.store,
        bus: this.options.bus ?? null,
        logger: this.options.logger,
        compactThreshold: this.options.compactThreshold,
        spill: this.options.spill ?? null,
        onEmpty: () => this.scheduleUnload(name),
        ...(this.options.metrics ? { metrics: this.options.metrics } : {}),
        ...(this.options.claims ? { claims: this.options.claims } : {}),
      });
      const slot: Slot = {
        loading: Promise.resolve(room),
        room: null,
        unloadTimer: null,
        unloading: null,
        retainers: 0,
        releaseDependencies: () => {},
      };
      const initial = this.options.initialContent;
      slot.loading = (async () => {
        const releases: (() => void)[] = [];
        try {
          for (const dependency of this.options.dependenciesOf?.(name) ?? [])
            releases.push(await this.retain(dependency));
          await room.load(initial ? () => initial(name) : undefined);
        } catch (error) {
          for (const release of releases) release();
          this.slots.delete(name);
          throw error;
        }
        slot.releaseDependencies = () => {
          for (const release of releases.splice(0)) release();
        };
        slot.room = room;
        this.options.logger.debug('room.loaded', { room: name });
        return room;
      })();
      this.slots.set(name, slot);
      return slot.loading;
    }
  }

  /**
   * Loads room `name` and keeps it loaded until the returned release is
   * called (once; later calls do nothing), whether or not anyone is connected.
   */
  async retain(name: string): Promise<() => void> {
    for (;;) {
      await this.open(name);
      const slot = this.slots.get(name);
      // Unloaded between the load and now (cannot happen within one tick, but cheap to be sure).
      if (slot?.room === null || slot === undefined || slot.unloading) continue;
      slot.retainers++;
      if (slot.unloadTimer) {
        clearTimeout(slot.unloadTimer);
        slot.unloadTimer = null;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        slot.retainers--;
        if (this.isUnused(slot)) this.scheduleUnload(name);
      };
    }
  }

  /** Nobody connected and no loaded room depends on it. */
  private isUnused(slot: Slot): boolean {
    return (slot.room?.isIdle ?? false) && slot.retainers === 0;
  }

  private scheduleUnload(name: string): void {
    const slot = this.slots.get(name);
    if (!slot || slot.unloadTimer || slot.unloading || slot.retainers > 0) return;
    slot.unloadTimer = setTimeout(() => {
      slot.unloadTimer = null;
      if (this.isUnused(slot)) void this.unload(name);
    }, this.options.unloadGraceMs);
    slot.unloadTimer.unref();
  }

  /** Stores and drops an idle room that no loaded room depends on (any idle room with `force`, at shutdown). */
  async unload(name: string, force = false): Promise<void> {
    const slot = this.slots.get(name);
    if (!slot?.room || slot.unloading) return slot?.unloading ?? undefined;
    const room = slot.room;
    slot.unloading = (async () => {
      let saved = false;
      try {
        saved = await room.prepareUnload();
      } catch (error) {
        this.options.logger.error('room.unload-failed', { room: name, error });
      }
      if (!saved || !room.isIdle || (slot.retainers > 0 && !force)) {
        // Unsaved updates (store down), someone joined or a room came to depend on it meanwhile: keep it.
        slot.unloading = null;
        if (!saved) this.options.logger.warn('room.unload-postponed', { room: name });
        if (room.isIdle) this.scheduleUnload(name);
        return;
      }
      this.slots.delete(name);
      await room.destroy();
      slot.releaseDependencies();
      this.options.logger.debug('room.unloaded', { room: name });
    })();
    return slot.unloading;
  }

  /** Closes every connection and stores every room; for shutdown. Rooms others depend on go last. */
  async closeAll(): Promise<void> {
    const closeRooms = (names: string[], force: boolean) =>
      Promise.all(
        names.map(async (name) => {
          const slot = this.slots.get(name);
          const room = await slot?.loading.catch(() => null);
          if (!room) return;
          if (slot?.unloadTimer) clearTimeout(slot.unloadTimer);
          for (const connection of [...room.connections]) connection.close(CloseCode.GoingAway, 'server shutting down');
          await this.unload(name, force);
        }),
      );
    await closeRooms(
      [...this.slots].filter(([, slot]) => slot.retainers === 0).map(([name]) => name),
      false,
    );
    await closeRooms([...this.slots.keys()], true);
  }
}
