import { randomBytes } from 'node:crypto';
import type { RecordStore } from '../storage/RecordStore.ts';
import type { Invitation } from './Invitation.ts';

const collectionOf = (consultationId: string) => `invitations:${consultationId}`;

/** Writes that lose a compare-and-set race retry this many times before giving up. */
const MAX_ATTEMPTS = 8;

export type NewInvitation = Omit<Invitation, 'id' | 'revokedAt'> & { id?: string };

/**
 * Invitations of every consultation, one collection per consultation, in the
 * backend's {@link RecordStore}. Revocation is a compare-and-set, so two
 * facilitators revoking at once on two instances both see it revoked.
 *
 * @example
 * const invitation = await invitations.create({ consultationId: 'demo', name: 'Amina', organisation, role: 'observer', createdAt, expiresAt, invitedBy: null });
 * await invitations.revoke('demo', invitation.id, new Date());
 */
export class InvitationStore {
  constructor(private readonly records: RecordStore) {}

  async get(consultationId: string, id: string): Promise<Invitation | null> {
    const raw = await this.records.get(collectionOf(consultationId), id);
    return raw === null ? null : (JSON.parse(raw) as Invitation);
  }

  async list(consultationId: string): Promise<Invitation[]> {
    const all = await this.records.list(collectionOf(consultationId));
    return all.map((r) => JSON.parse(r.value) as Invitation);
  }

  /** Stores a new invitation with a fresh id (or the given one); null when the given id is taken. */
  async create(input: NewInvitation): Promise<Invitation | null> {
    const invitation: Invitation = { ...input, id: input.id ?? newInvitationId(), revokedAt: null };
    const ok = await this.records.compareAndSet(
      collectionOf(invitation.consultationId),
      invitation.id,
      null,
      JSON.stringify(invitation),
    );
    return ok ? invitation : null;
  }

  /**
   * Replaces an invitation whatever it holds. Only for reissuing a fixed-id
   * invitation (the demo links): the new expiry makes the old token stale.
   */
  async replace(invitation: Invitation): Promise<void> {
    await this.records.put(collectionOf(invitation.consultationId), invitation.id, JSON.stringify(invitation));
  }

  /** Gives an invitation's person a new name; null if the invitation does not exist. */
  async rename(consultationId: string, id: string, name: string): Promise<Invitation | null> {
    return this.update(consultationId, id, (current) => (current.name === name ? null : { ...current, name }));
  }

  /** Marks an invitation revoked (once: a second revoke keeps the first time); null if it does not exist. */
  async revoke(consultationId: string, id: string, at: Date): Promise<Invitation | null> {
    return this.update(consultationId, id, (current) =>
      current.revokedAt !== null ? null : { ...current, revokedAt: at.toISOString() },
    );
  }

  /**
   * Compare-and-set of one invitation: `change` returns the new record, or
   * null to keep the current one. Null if the invitation does not exist.
   */
  private async update(
    consultationId: string,
    id: string,
    change: (current: Invitation) => Invitation | null,
  ): Promise<Invitation | null> {
    const collection = collectionOf(consultationId);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const raw = await this.records.get(collection, id);
      if (raw === null) return null;
      const current = JSON.parse(raw) as Invitation;
      const next = change(current);
      if (next === null) return current;
      if (await this.records.compareAndSet(collection, id, raw, JSON.stringify(next))) return next;
    }
    throw new Error(`InvitationStore.update: too much contention on ${consultationId}/${id}`);
  }
}

function newInvitationId(): string {
  return `inv_${randomBytes(12).toString('base64url')}`;
}
