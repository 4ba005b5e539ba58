import type { RoomAccess } from '../targets/Target.ts';
import { BenchClient } from './BenchClient.ts';

/** A room holding a document: the client that wrote it keeps the room loaded; the watcher sees every change. */
export interface SeededRoom {
  holder: BenchClient;
  watcher: BenchClient;
  /** Sends an update through the holder and resolves once the watcher has it: the server has applied it. */
  apply(update: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Puts `state` into the room the way a client would: as one update over the socket. */
export async function seedRoom(access: RoomAccess, state: Uint8Array): Promise<SeededRoom> {
  const holder = new BenchClient(access);
  const watcher = new BenchClient(access);
  await Promise.all([holder.synced, watcher.synced]);
  const apply = (update: Uint8Array) =>
    new Promise<void>((resolve) => {
      watcher.onUpdate = () => {
        watcher.onUpdate = null;
        resolve();
      };
      holder.sendUpdate(update);
    });
  await apply(state);
  return {
    holder,
    watcher,
    apply,
    close: async () => {
      await Promise.all([holder.close(), watcher.close()]);
    },
  };
}
