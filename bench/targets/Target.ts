import type { Dialect } from '../wire/Dialect.ts';

export type TargetName = 'Roundtable' | 'y-websocket-server' | 'hocuspocus';

/** Everything a client needs to join one room. */
export interface RoomAccess {
  url: string;
  room: string;
  token: string | undefined;
  dialect: Dialect;
}

/** A server under test, running in its own process pinned to CPU 1. */
export interface Target {
  readonly name: TargetName;
  readonly pid: number;
  /** Where it stores documents (the embedded SQLite backend); undefined for in-memory servers. */
  readonly dataDir: string | undefined;
  /** Rooms clients may join; `prefix` (a lowercase slug) keeps the rooms of one workload apart. */
  createRooms(prefix: string, count: number): Promise<RoomAccess[]>;
  stop(): Promise<void>;
}

/** A kind of server; every workload starts a fresh one. */
export interface TargetKind {
  readonly name: TargetName;
  start(): Promise<Target>;
}
