import type { VersionMeta } from '@roundtable/profile';
import { useCallback, useEffect, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { translate } from '../i18n/useI18n.ts';
import { listVersions } from './versionApi.ts';

export interface VersionsState {
  versions: VersionMeta[] | null;
  error: string | null;
  reload: () => void;
}

/** The consultation's named versions, loaded when mounted and on `reload`. */
export function useVersions(consultationId: string): VersionsState {
  const [versions, setVersions] = useState<VersionMeta[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    async (signal?: AbortSignal) => {
      setError(null);
      try {
        setVersions(await listVersions(consultationId, signal));
      } catch (e) {
        if (!signal?.aborted) setError(errorLineOf(translate, e));
      }
    },
    [consultationId],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);
  const reload = useCallback(() => void load(), [load]);
  return { versions, error, reload };
}
