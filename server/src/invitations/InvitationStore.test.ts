import { describe, expect, it } from 'vitest';
import { createMemoryRecordStore } from '../storage/createMemoryRecordStore.ts';
import type { RecordStore } from '../storage/RecordStore.ts';
import type { NewInvitation } from './InvitationStore.ts';
import { InvitationStore } from './InvitationStore.ts';

const input: NewInvitation = {
  consultationId: 'demo',
  name: 'Amina Rahimova',
  organisation: { id: 'min-labour', name: 'Ministry of Labour and Social Protection' },
  role: 'participant',
  createdAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-03-08T10:00:00.000Z',
  invitedBy: null,
};

describe('InvitationStore', () => {
  it('creates invitations with distinct ids, listed per consultation', async () => {
    const store = new InvitationStore(createMemoryRecordStore());
    const a = await store.create(input);
    const b = await store.create(input);
    await store.create({ ...input, consultationId: 'other' });
    expect(a?.id).not.toBe(b?.id);
    expect((await store.list('demo')).map((i) => i.id).sort()).toEqual([a?.id, b?.id].sort());
    expect(await store.get('demo', a?.id ?? '')).toEqual(a);
  });

  it('refuses a second invitation with the same fixed id', async () => {
    const store = new InvitationStore(createMemoryRecordStore());
    expect(await store.create({ ...input, id: 'demo-participant' })).not.toBeNull();
    expect(await store.create({ ...input, id: 'demo-participant', name: 'Someone else' })).toBeNull();
    expect((await store.get('demo', 'demo-participant'))?.name).toBe('Amina Rahimova');
  });

  it('revokes once and keeps the first revocation time', async () => {
    const store = new InvitationStore(createMemoryRecordStore());
    const created = await store.create(input);
    const first = await store.revoke('demo', created?.id ?? '', new Date('2026-03-02T00:00:00Z'));
    const second = await store.revoke('demo', created?.id ?? '', new Date('2026-03-03T00:00:00Z'));
    expect(first?.revokedAt).toBe('2026-03-02T00:00:00.000Z');
    expect(second?.revokedAt).toBe('2026-03-02T00:00:00.000Z');
    expect(await store.revoke('demo', 'inv_missing', new Date())).toBeNull();
  });

  it('keeps a concurrent change when a revoke loses the compare-and-set race', async () => {
    const records = createMemoryRecordStore();
    const store = new InvitationStore(records);
    const created = await store.create(input);
    const id = created?.id ?? '';
    // Another instance renames the invitation between this instance's read and write, once.
    let interfered = false;
    const racing: RecordStore = {
      ...records,
      async compareAndSet(collection, key, expected, next) {
        if (!interfered) {
          interfered = true;
          await records.put(collection, key, JSON.stringify({ ...created, name: 'Renamed' }));
        }
        return records.compareAndSet(collection, key, expected, next);
      },
    };
    const revoked = await new InvitationStore(racing).revoke('demo', id, new Date('2026-03-02T00:00:00Z'));
    expect(revoked?.name).toBe('Renamed');
    expect((await store.get('demo', id))?.revokedAt).toBe('2026-03-02T00:00:00.000Z');
  });

  it('renames, keeping a revocation made meanwhile on another instance', async () => {
    const records = createMemoryRecordStore();
    const store = new InvitationStore(records);
    const created = await store.create(input);
    const id = created?.id ?? '';
    let interfered = false;
    const racing: RecordStore = {
      ...records,
      async compareAndSet(collection, key, expected, next) {
        if (!interfered) {
          interfered = true;
          await store.revoke('demo', id, new Date('2026-03-02T00:00:00Z'));
        }
        return records.compareAndSet(collection, key, expected, next);
      },
    };
    const renamed = await new InvitationStore(racing).rename('demo', id, 'Amina R.');
    expect(renamed).toMatchObject({ name: 'Amina R.', revokedAt: '2026-03-02T00:00:00.000Z' });
    expect(await store.get('demo', id)).toEqual(renamed);
    expect(await store.rename('demo', 'inv_missing', 'Nobody')).toBeNull();
  });
});
