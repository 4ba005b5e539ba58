import { CloseCode } from '@roundtable/protocol';
import type { Logger } from '../log.ts';
import type { DocStore } from '../storage/DocStore.ts';
import type { Connection } from './Connection.ts';
import type { DocBus } from './DocBus.ts';
import { Room } from './Room.ts';

export interface RoomManagerOptions {
  store: DocStore;
  /** Fan-out to other instances, when there are any. */
  bus?: DocBus | null;
  logger: Logger;
  /** How long an empty room stays in memory before it is stored and unloaded. */
  unloadGraceMs?: number;
  /** Entries after the last snapshot before a room compacts its stored log. */
  compactThreshold?: number;
  /** Initial content of a room that has never been stored, or null to start empty. */
  initialContent?: (room: string) => Promise<Uint8Array | null> | Uint8Array | null;
}

interface Slot {
  loading: Promise<Room>;
  room: Room | null;
  unloadTimer: NodeJS.Timeout | null;
  unloading: Promise<void> | null;
}

/** Loads rooms on first use, shares them between connections and unloads idle ones. */
export class RoomManager {
  private readonly slots = new Map<string, Slot>();
  private readonly options: Required<Omit<RoomManagerOptions, 'initialContent' | 'bus'>> &
    Pick<RoomManagerOptions, 'initialContent' | 'bus'>;

  constructor(options: RoomManagerOptions) {
    this.options = { unloadGraceMs: 5_000, compactThreshold: 500, ...options };
  }

  /** Names of rooms in memory. */
  get loadedRooms(): string[] {
    return [...this.slots.keys()];
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
   * then lets the room unload if nobody is connected.
   */
  async withRoom<T>(name: string, use: (room: Room) => Promise<T> | T): Promise<T> {
    const room = await this.open(name);
    const slot = this.slots.get(name);
    if (slot?.unloadTimer) {
      clearTimeout(slot.unloadTimer);
      slot.unloadTimer = null;
    }
    try {
      return await use(room);
    } finally {
      if (room.isIdle) this.scheduleUnload(name);
    }
  }

  /** Loads (or returns the loaded) room. */
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
        onEmpty: () => this.scheduleUnload(name),
      });
      const slot: Slot = { loading: Promise.resolve(room), room: null, unloadTimer: null, unloading: null };
      const initial = this.options.initialContent;
      slot.loading = room.load(initial ? () => initial(name) : undefined).then(
        () => {
          slot.room = room;
          this.options.logger.debug('room.loaded', { room: name });
          return room;
        },
        (error: unknown) => {
          this.slots.delete(name);
          throw error;
        },
      );
      this.slots.set(name, slot);
      return slot.loading;
    }
  }

  private scheduleUnload(name: string): void {
    const slot = this.slots.get(name);
    if (!slot || slot.unloadTimer || slot.unloading) return;
    slot.unloadTimer = setTimeout(() => {
      slot.unloadTimer = null;
      if (slot.room?.isIdle) void this.unload(name);
    }, this.options.unloadGraceMs);
    slot.unloadTimer.unref();
  }

  /** Stores and drops an idle room. */
  async unload(name: string): Promise<void> {
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
      if (!saved || !room.isIdle) {
        // Unsaved updates (store down) or someone joined meanwhile: keep the room and try later.
        slot.unloading = null;
        if (!saved) this.options.logger.warn('room.unload-postponed', { room: name });
        if (room.isIdle) this.scheduleUnload(name);
        return;
      }
      this.slots.delete(name);
      await room.destroy();
      this.options.logger.debug('room.unloaded', { room: name });
    })();
    return slot.unloading;
  }

  /** Closes every connection and stores every room; for shutdown. */
  async closeAll(): Promise<void> {
    const names = [...this.slots.keys()];
    await Promise.all(
      names.map(async (name) => {
        const slot = this.slots.get(name);
        const room = await slot?.loading.catch(() => null);
        if (!room) return;
        if (slot?.unloadTimer) clearTimeout(slot.unloadTimer);
        for (const connection of [...room.connections]) connection.close(CloseCode.GoingAway, 'server shutting down');
        await this.unload(name);
      }),
    );
  }
}
