import type { Language, MessageValues } from '@roundtable/i18n';
import { useMemo, useSyncExternalStore } from 'react';
import { type I18nState, i18nState, subscribeI18n } from './i18nStore.ts';

/** The interface's language state; the component renders again when it changes. */
export function useI18n(): I18nState {
  return useSyncExternalStore(subscribeI18n, i18nState);
}

/** Formats the message `key` of the current language with `values` (ICU arguments, plurals). */
export type T = (key: string, values?: MessageValues) => string;

/**
 * The message formatter of the current language: `t('comments.count', { count: 3 })`.
 * Keys are written out in full at the call, so the catalogue test can find them.
 */
export function useT(): T {
  const { intl } = useI18n();
  return useMemo<T>(() => (key, values) => intl.formatMessage({ id: key }, values), [intl]);
}

/** The current language and its `Intl` locale, for formatters and collators. */
export function useLanguage(): { language: Language; locale: string } {
  const { language, locale } = useI18n();
  return { language, locale };
}

/** {@link useT} outside React (announcements, notices built in plain modules). */
export function translate(key: string, values?: MessageValues): string {
  return i18nState().intl.formatMessage({ id: key }, values);
}
