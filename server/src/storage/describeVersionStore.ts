import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredVersion, VersionStore } from './VersionStore.ts';

function version(id: string, bytes: number[], meta = `{"name":"${id}"}`): StoredVersion {
  return { id, meta, draft: Uint8Array.from(bytes), threads: Uint8Array.from([...bytes].reverse()) };
}

/** The contract every VersionStore implementation passes. */
export function describeVersionStore(name: string, create: () => Promise<VersionStore> | VersionStore): void {
  describe(`VersionStore contract: ${name}`, () => {
    let store: VersionStore;
    beforeEach(async () => {
      store = await create();
    });
    afterEach(async () => {
      await store.close();
    });

    it('returns null for a missing version and an empty list for a consultation without versions', async () => {
      expect(await store.get('c', 'v1')).toBeNull();
      expect(await store.list('c')).toEqual([]);
    });

    it('stores a version with its binary states intact and lists it per consultation', async () => {
      const all = Array.from({ length: 256 }, (_, i) => i);
      expect(await store.save('c', version('v1', all, '{"name":"Draft — partagé"}'))).toBe(true);
      expect(await store.save('other', version('v1', [9]))).toBe(true);
      const got = await store.get('c', 'v1');
      expect(got?.meta).toBe('{"name":"Draft — partagé"}');
      expect(Array.from(got?.draft ?? [])).toEqual(all);
      expect(Array.from(got?.threads ?? [])).toEqual([...all].reverse());
      expect(await store.list('c')).toEqual([{ id: 'v1', meta: '{"name":"Draft — partagé"}' }]);
      expect(Array.from((await store.get('other', 'v1'))?.draft ?? [])).toEqual([9]);
    });

    it('lists versions in the order they were saved', async () => {
      for (const id of ['b', 'a', 'c', 'z', 'm']) await store.save('c', version(id, [1]));
      expect((await store.list('c')).map((v) => v.id)).toEqual(['b', 'a', 'c', 'z', 'm']);
    });

    it('never overwrites a saved version: a second save under its id is refused and changes nothing', async () => {
      expect(await store.save('c', version('v1', [1, 2]))).toBe(true);
      expect(await store.save('c', version('v1', [7, 7, 7], '{"name":"other"}'))).toBe(false);
      const got = await store.get('c', 'v1');
      expect(got?.meta).toBe('{"name":"v1"}');
      expect(Array.from(got?.draft ?? [])).toEqual([1, 2]);
      expect(await store.list('c')).toHaveLength(1);
    });

    it('lets exactly one of many racing saves of one id win', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.save('c', version('v', [i]))));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.list('c')).toHaveLength(1);
    });

    it('keeps empty states', async () => {
      await store.save('c', version('empty', []));
      expect((await store.get('c', 'empty'))?.draft.length).toBe(0);
    });
  });
}
