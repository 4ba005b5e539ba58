import type { StoredVersion, VersionStore } from './VersionStore.ts';

/** A VersionStore in process memory, for tests. Keeps copies, so callers cannot change what is stored. */
export function createMemoryVersionStore(): VersionStore {
  const byConsultation = new Map<string, Map<string, StoredVersion>>();
  const copy = (v: StoredVersion): StoredVersion => ({ ...v, draft: v.draft.slice(), threads: v.threads.slice() });
  return {
    async save(consultationId, version) {
      let versions = byConsultation.get(consultationId);
      if (!versions) {
        versions = new Map();
        byConsultation.set(consultationId, versions);
      }
      if (versions.has(version.id)) return false;
      versions.set(version.id, copy(version));
      return true;
    },
    async list(consultationId) {
      return [...(byConsultation.get(consultationId)?.values() ?? [])].map(({ id, meta }) => ({ id, meta }));
    },
    async get(consultationId, versionId) {
      const version = byConsultation.get(consultationId)?.get(versionId);
      return version ? copy(version) : null;
    },
    async close() {},
  };
}
