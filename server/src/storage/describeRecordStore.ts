import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordStore } from './RecordStore.ts';

/** The contract every RecordStore implementation passes. */
export function describeRecordStore(name: string, create: () => Promise<RecordStore> | RecordStore): void {
  describe(`RecordStore contract: ${name}`, () => {
    let store: RecordStore;
    beforeEach(async () => {
      store = await create();
    });
    afterEach(async () => {
      await store.close();
    });

    it('returns null for a missing record and an empty list for a missing collection', async () => {
      expect(await store.get('c', 'x')).toBeNull();
      expect(await store.list('c')).toEqual([]);
    });

    it('puts, gets, lists and deletes records per collection', async () => {
      await store.put('c', 'a', '{"n":1}');
      await store.put('c', 'b', '{"n":2}');
      await store.put('other', 'a', '{"n":3}');
      await store.put('c', 'a', '{"n":4}');
      expect(await store.get('c', 'a')).toBe('{"n":4}');
      const listed = (await store.list('c')).sort((x, y) => x.id.localeCompare(y.id));
      expect(listed).toEqual([
        { id: 'a', value: '{"n":4}' },
        { id: 'b', value: '{"n":2}' },
      ]);
      await store.delete('c', 'a');
      expect(await store.get('c', 'a')).toBeNull();
      expect(await store.get('other', 'a')).toBe('{"n":3}');
    });

    it('writes with compareAndSet only when the expected value matches', async () => {
      expect(await store.compareAndSet('c', 'k', null, 'v1')).toBe(true);
      expect(await store.compareAndSet('c', 'k', null, 'v2')).toBe(false);
      expect(await store.compareAndSet('c', 'k', 'stale', 'v2')).toBe(false);
      expect(await store.compareAndSet('c', 'k', 'v1', 'v2')).toBe(true);
      expect(await store.get('c', 'k')).toBe('v2');
    });

    it('lets exactly one of many racing compareAndSet calls win', async () => {
      await store.put('c', 'k', 'start');
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.compareAndSet('c', 'k', 'start', `w${i}`)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('keeps unicode text intact', async () => {
      await store.put('c', 'u', '{"name":"Zoë Ağaoğlu — 谢谢"}');
      expect(await store.get('c', 'u')).toBe('{"name":"Zoë Ağaoğlu — 谢谢"}');
    });
  });
}
