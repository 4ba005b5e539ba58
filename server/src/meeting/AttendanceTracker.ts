import { markLeft, markPresent, readAttendance } from '@roundtable/meeting';
import { meetingRoomOf, roomOf } from '@roundtable/profile';
import type { LiveSessions, SessionChange } from '../auth/LiveSessions.ts';
import { authorOf } from '../comments/createThreadRoutes.ts';
import type { InvitationStore } from '../invitations/InvitationStore.ts';
import type { Logger } from '../log.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import type { MeetingRooms } from './MeetingRooms.ts';

export interface AttendanceTrackerOptions {
  sessions: LiveSessions;
  invitations: InvitationStore;
  rooms: RoomManager;
  meeting: MeetingRooms;
  logger: Logger;
  /**
   * How long someone must be connected nowhere (no room of the consultation,
   * on no instance) before they are recorded as gone: a reconnection within
   * it is no departure, and other instances publish their connections every
   * couple of seconds. Their departure is dated from when they were last seen.
   */
  leaveGraceMs?: number;
  /** How often this instance reconciles the attendance it can see with the connections. */
  sweepMs?: number;
  now?: () => number;
}

const key = (consultationId: string, invitationId: string) => `${consultationId}\u0000${invitationId}`;

/**
 * Keeps the meeting's attendance true to the server's own knowledge of
 * connections (LiveSessions), on every instance: a person is recorded
 * present when their first connection to any room of the consultation opens
 * here, and gone once they have been connected nowhere, on any instance, for
 * `leaveGraceMs`. A periodic sweep reconciles what the meeting document says
 * with the connections (a crashed instance's people, a restart) for every
 * consultation whose meeting this instance has loaded.
 */
export class AttendanceTracker {
  private readonly o: Required<Omit<AttendanceTrackerOptions, 'now'>> & { now: () => number };
  /**
   * People connected nowhere here, by key: since when, the timer that
   * confirms their departure, and the hold on their meeting room, which
   * stays loaded until then (rather than unload and load again to write it).
   */
  private readonly leaving = new Map<string, { since: number; timer: NodeJS.Timeout; held: Promise<() => void> }>();
  private stopListening: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private stopped = false;

  constructor(options: AttendanceTrackerOptions) {
    this.o = { leaveGraceMs: 10_000, sweepMs: 10_000, now: Date.now, ...options };
  }

  start(): void {
    this.stopListening ??= this.o.sessions.onChange((change) => this.handle(change));
    this.timer ??= setInterval(() => void this.sweep(), this.o.sweepMs);
    this.timer.unref();
  }

  /** Stops listening and sweeping; departures not yet confirmed are left to the next start (or another instance). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening?.();
    this.stopListening = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const { timer, held } of this.leaving.values()) {
      clearTimeout(timer);
      void held.then((release) => release());
    }
    this.leaving.clear();
    await this.sweeping;
  }

  /**
   * One reconciliation: people connected here are present; people recorded
   * present but connected nowhere start their grace period.
   */
  sweep(): Promise<void> {
    this.sweeping ??= (async () => {
      const loaded = this.o.rooms.loadedRooms.flatMap((room) => {
        const target = roomOf(room);
        return target?.kind === 'meeting' ? [target.consultationId] : [];
      });
      for (const consultationId of new Set([...loaded, ...this.o.sessions.localConsultations()])) {
        try {
          await this.reconcile(consultationId);
        } catch (error) {
          this.o.logger.warn('attendance.sweep-failed', { consultation: consultationId, error });
        }
      }
    })().finally(() => {
      this.sweeping = null;
    });
    return this.sweeping;
  }

  private handle({ kind, session }: SessionChange): void {
    if (this.stopped) return;
    const { consultationId, invitationId } = session;
    const local = this.o.sessions.localCount(consultationId, invitationId);
    if (kind === 'added') {
      this.cancelLeaving(consultationId, invitationId);
      if (local === 1) void this.arrive(consultationId, invitationId);
    } else if (local === 0) {
      this.startLeaving(consultationId, invitationId, this.o.now());
    }
  }

  private async reconcile(consultationId: string): Promise<void> {
    // A meeting room in memory is read as it is (reading through the manager would reload one that is unloading).
    const loaded = this.o.rooms.get(meetingRoomOf(consultationId));
    const [connected, attendance] = await Promise.all([
      this.o.sessions.connected(consultationId),
      loaded ? readAttendance(loaded.doc) : this.o.meeting.read(consultationId, readAttendance),
    ]);
    const present = new Set(attendance.filter((entry) => entry.present).map((entry) => entry.person.personId));
    for (const personId of present) {
      if ((connected.get(personId) ?? 0) === 0) this.startLeaving(consultationId, personId, this.o.now());
    }
    for (const [invitationId] of connected) {
      if (this.o.sessions.localCount(consultationId, invitationId) > 0 && !present.has(invitationId)) {
        await this.arrive(consultationId, invitationId);
      }
    }
  }

  private async arrive(consultationId: string, invitationId: string): Promise<void> {
    try {
      const invitation = await this.o.invitations.get(consultationId, invitationId);
      if (invitation === null || this.stopped) return;
      const at = new Date(this.o.now()).toISOString();
      const person = authorOf({ kind: 'member', invitation });
      if (await this.o.meeting.change(consultationId, (doc) => markPresent(doc, person, at))) {
        this.o.logger.info('attendance.arrived', { consultation: consultationId, invitationId });
      }
    } catch (error) {
      this.o.logger.warn('attendance.write-failed', { consultation: consultationId, invitationId, error });
    }
  }

  private startLeaving(consultationId: string, invitationId: string, since: number): void {
    const k = key(consultationId, invitationId);
    if (this.leaving.has(k) || this.stopped) return;
    const timer = setTimeout(() => void this.confirmLeaving(consultationId, invitationId), this.o.leaveGraceMs);
    timer.unref();
    const held = this.o.rooms.retain(meetingRoomOf(consultationId)).catch((error: unknown) => {
      this.o.logger.warn('attendance.room-unavailable', { consultation: consultationId, error });
      return () => {};
    });
    this.leaving.set(k, { since, timer, held });
  }

  private cancelLeaving(consultationId: string, invitationId: string): void {
    const k = key(consultationId, invitationId);
    const leaving = this.leaving.get(k);
    if (leaving === undefined) return;
    clearTimeout(leaving.timer);
    void leaving.held.then((release) => release());
    this.leaving.delete(k);
  }

  private async confirmLeaving(consultationId: string, invitationId: string): Promise<void> {
    const k = key(consultationId, invitationId);
    const leaving = this.leaving.get(k);
    this.leaving.delete(k);
    if (leaving === undefined) return;
    try {
      if (this.stopped || this.o.sessions.localCount(consultationId, invitationId) > 0) return;
      const connected = await this.o.sessions.connected(consultationId);
      if ((connected.get(invitationId) ?? 0) > 0) return;
      const at = new Date(leaving.since).toISOString();
      if (await this.o.meeting.change(consultationId, (doc) => markLeft(doc, invitationId, at))) {
        this.o.logger.info('attendance.left', { consultation: consultationId, invitationId });
      }
    } catch (error) {
      this.o.logger.warn('attendance.write-failed', { consultation: consultationId, invitationId, error });
    } finally {
      (await leaving.held)();
    }
  }
}
