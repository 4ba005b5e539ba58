import { randomUUID } from 'node:crypto';
import { CloseCode } from '@roundtable/protocol';
import { statusOf } from '../invitations/Invitation.ts';
import type { InvitationStore } from '../invitations/InvitationStore.ts';
import type { Logger } from '../log.ts';
import type { RecordStore } from '../storage/RecordStore.ts';

/** One member's websocket in one room, as far as access control cares. */
export interface LiveSession {
  invitationId: string;
  consultationId: string;
  room: string;
  connection: { readonly id: string; close(code: number, reason: string): void };
}

export interface LiveSessionsOptions {
  invitations: InvitationStore;
  records: RecordStore;
  logger: Logger;
  /** Names this instance's entry among the instances sharing the store. */
  instanceId?: string;
  /** How often invitations of live sessions are re-checked (revoked on another instance, expired). */
  sweepMs?: number;
  /** An unchanged presence entry is rewritten this often so others know the instance is alive. */
  heartbeatMs?: number;
  /** Entries of other instances older than this are ignored (the instance died). */
  staleAfterMs?: number;
  now?: () => number;
}

/** A session starting or ending on this instance. */
export interface SessionChange {
  kind: 'added' | 'removed';
  session: LiveSession;
}

interface PresenceEntry {
  at: number;
  counts: Record<string, number>;
}

interface Published {
  key: string;
  at: number;
}

const STOP_WAIT_MS = 1_000;

const presenceCollection = (consultationId: string) => `live:${consultationId}`;

/**
 * Who is connected, per invitation, and the means to cut them off. The
 * websocket route registers every member connection here; revoking an
 * invitation closes its connections on this instance at once, and a periodic
 * sweep re-checks every live invitation against the shared store, which is how
 * a revocation made on another instance (or an expiry) lands within seconds.
 * The sweep also publishes this instance's connections so that `connected()`
 * answers for every instance.
 *
 * @example
 * const remove = sessions.add({ invitationId, consultationId, room, connection });
 * sessions.disconnect(consultationId, invitationId, CloseCode.Revoked, 'invitation revoked');
 */
export class LiveSessions {
  readonly instanceId: string;
  /**
   * Open sessions by consultation, then by invitation: every pass and count
   * reads one consultation's, and a person's count (checked on every join,
   * 1,500 sockets in a hall) reads one invitation's, not the whole room's.
   */
  private readonly byConsultation = new Map<string, Map<string, Set<LiveSession>>>();
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private readonly published = new Map<string, Published>();
  private readonly o: Required<Omit<LiveSessionsOptions, 'instanceId'>>;
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(options: LiveSessionsOptions) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.o = { sweepMs: 2_000, heartbeatMs: 5_000, staleAfterMs: 15_000, now: Date.now, ...options };
  }

  /** Registers a session; returns its removal. */
  add(session: LiveSession): () => void {
    const people = this.byConsultation.get(session.consultationId) ?? new Map<string, Set<LiveSession>>();
    this.byConsultation.set(session.consultationId, people);
    const sessions = people.get(session.invitationId) ?? new Set<LiveSession>();
    people.set(session.invitationId, sessions);
    sessions.add(session);
    this.emit({ kind: 'added', session });
    return () => {
      if (this.forget(session)) this.emit({ kind: 'removed', session });
    };
  }

  /**
   * Calls `listener` for every session added or removed on this instance (a
   * revocation's disconnect included); returns the function that stops it.
   */
  onChange(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Open connections of one invitation on this instance. */
  localCount(consultationId: string, invitationId: string): number {
    return this.byConsultation.get(consultationId)?.get(invitationId)?.size ?? 0;
  }

  /** Consultations with at least one open connection on this instance. */
  localConsultations(): string[] {
    return [...this.byConsultation.keys()];
  }

  /** Closes every local connection of an invitation; returns how many were closed. */
  disconnect(consultationId: string, invitationId: string, code: number, reason: string): number {
    let closed = 0;
    for (const session of [...(this.byConsultation.get(consultationId)?.get(invitationId) ?? [])]) {
      this.forget(session);
      this.emit({ kind: 'removed', session });
      session.connection.close(code, reason);
      closed++;
    }
    if (closed > 0)
      this.o.logger.info('sessions.disconnected', { consultation: consultationId, invitationId, code, closed });
    return closed;
  }

  /** Open connections per invitation id in a consultation, on every instance sharing the store. */
  async connected(consultationId: string): Promise<Map<string, number>> {
    const counts = new Map(Object.entries(this.localCounts(consultationId)));
    const freshAfter = this.o.now() - this.o.staleAfterMs;
    for (const { id, value } of await this.o.records.list(presenceCollection(consultationId))) {
      if (id === this.instanceId) continue;
      const entry = JSON.parse(value) as PresenceEntry;
      if (entry.at < freshAfter) continue;
      for (const [invitationId, n] of Object.entries(entry.counts))
        counts.set(invitationId, (counts.get(invitationId) ?? 0) + n);
    }
    return counts;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sweep(), this.o.sweepMs);
    this.timer.unref();
  }

  /** Stops sweeping and withdraws this instance's presence entries (best effort: others expire them anyway). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const withdraw = (async () => {
      await this.sweeping;
      const consultations = [...this.published.keys()];
      this.published.clear();
      await Promise.all(consultations.map((c) => this.o.records.delete(presenceCollection(c), this.instanceId)));
    })().catch(() => undefined);
    // A store that is down must not hold up shutdown.
    await Promise.race([withdraw, new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
  }

  /** One pass: disconnect sessions whose invitation no longer holds, then publish presence. */
  sweep(): Promise<void> {
    this.sweeping ??= (async () => {
      try {
        await this.enforce();
        await this.publish();
      } catch (error) {
        // A store outage must not cut anyone off; the next sweep tries again.
        this.o.logger.warn('sessions.sweep-failed', { error });
      }
    })().finally(() => {
      this.sweeping = null;
    });
    return this.sweeping;
  }

  private async enforce(): Promise<void> {
    const live: { consultationId: string; invitationId: string }[] = [];
    for (const [consultationId, people] of this.byConsultation)
      for (const invitationId of people.keys()) live.push({ consultationId, invitationId });
    for (const { consultationId, invitationId } of live) {
      const invitation = await this.o.invitations.get(consultationId, invitationId);
      const status = invitation ? statusOf(invitation, this.o.now()) : 'missing';
      if (status === 'revoked') this.disconnect(consultationId, invitationId, CloseCode.Revoked, 'invitation revoked');
      else if (status === 'expired' || status === 'missing')
        this.disconnect(consultationId, invitationId, CloseCode.Unauthorized, `invitation ${status}`);
    }
  }

  private async publish(): Promise<void> {
    const consultations = new Set([...this.published.keys(), ...this.byConsultation.keys()]);
    const now = this.o.now();
    for (const consultationId of consultations) {
      const counts = this.localCounts(consultationId);
      const key = JSON.stringify(counts);
      const last = this.published.get(consultationId);
      if (key === '{}') {
        await this.o.records.delete(presenceCollection(consultationId), this.instanceId);
        this.published.delete(consultationId);
        continue;
      }
      if (last && last.key === key && now - last.at < this.o.heartbeatMs) continue;
      const entry: PresenceEntry = { at: now, counts };
      await this.o.records.put(presenceCollection(consultationId), this.instanceId, JSON.stringify(entry));
      this.published.set(consultationId, { key, at: now });
    }
  }

  /** Removes a session; false when it was not open. */
  private forget(session: LiveSession): boolean {
    const people = this.byConsultation.get(session.consultationId);
    const sessions = people?.get(session.invitationId);
    if (!people || !sessions?.delete(session)) return false;
    if (sessions.size === 0) people.delete(session.invitationId);
    if (people.size === 0) this.byConsultation.delete(session.consultationId);
    return true;
  }

  private emit(change: SessionChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.o.logger.error('sessions.listener-failed', { error });
      }
    }
  }

  private localCounts(consultationId: string): Record<string, number> {
    const counts: Record<string, number> = {};
    const people = this.byConsultation.get(consultationId);
    // Sorted: the published entry is compared as JSON with the last one.
    for (const id of [...(people?.keys() ?? [])].sort()) counts[id] = people?.get(id)?.size ?? 0;
    return counts;
  }
}
