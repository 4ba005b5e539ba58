import { useT } from '../i18n/useI18n.ts';
import { READ_ONLY_REASON_KEYS, type ReadOnlyCauses, readOnlyReasons } from './readOnlyReasons.ts';

/** {@link readOnlyReasons} as sentences in the interface's language, for the top bar's "Read only" tag. */
export function useReadOnlyReasons(causes: ReadOnlyCauses): string[] {
  const t = useT();
  return readOnlyReasons(causes).map((reason) => t(READ_ONLY_REASON_KEYS[reason]));
}
