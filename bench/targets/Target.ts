import type { BenchConsultation } from '../draft/BenchConsultation.ts';
import type { Dialect } from '../wire/Dialect.ts';

export type TargetName =
  | 'Roundtable'
  | 'Roundtable, policy off'
  | 'Roundtable on Redis'
  | 'y-websocket-server'
  | 'hocuspocus';

/** Everything a client needs to join one room. */
export interface RoomAccess {
  url: string;
  room: string;
  token: string | undefined;
  dialect: Dialect;
}

/** The room of a consultation's draft on one server. */
export interface BenchRoom {
  access: RoomAccess;
  consultation: BenchConsultation;
}

/** A server under test, running in its own process pinned to CPU 1. */
export interface Target {
  readonly name: TargetName;
  readonly pid: number;
  /** Where it stores documents (the embedded SQLite backend); undefined for in-memory servers. */
  readonly dataDir: string | undefined;
  /**
   * True when the server puts a draft's initial content in a new room itself
   * (Roundtable seeds it from the consultation); false when a client must
   * (the peers start every room empty). See `openRoom`.
   */
  readonly seedsDrafts: boolean;
  /** The rooms of these consultations' drafts (on Roundtable, the consultations are created; no room is loaded yet). */
  createRooms(consultations: readonly BenchConsultation[]): Promise<BenchRoom[]>;
  stop(): Promise<void>;
}

/** A kind of server; every workload starts a fresh one. */
export interface TargetKind {
  readonly name: TargetName;
  /** Roundtable itself, or one of the servers it is compared with. */
  readonly role: 'ours' | 'variant' | 'peer';
  start(): Promise<Target>;
}
