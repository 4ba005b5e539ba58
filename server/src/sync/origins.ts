/**
 * Transaction origins that are not a client connection. Every change to a
 * room's document carries one, so the room knows what to store and what to
 * relay: an update that came from storage or from another instance is never
 * stored or republished again.
 */
export const Origin = {
  /** Replayed from the DocStore while loading. */
  Store: 'store',
  /** The initial content created by the server. */
  Seed: 'seed',
  /** Arrived from another server instance through the bus. */
  Bus: 'bus',
  /** Made by the server itself (e.g. applying accepted wording). */
  Server: 'server',
} as const;

export type NonConnectionOrigin = (typeof Origin)[keyof typeof Origin];
