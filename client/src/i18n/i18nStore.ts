import { setIndicatorChromeText } from '@roundtable/editor';
import { type Catalogue, DEFAULT_LANGUAGE, FORMAT_LOCALES, type Language } from '@roundtable/i18n';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { ENGLISH_CATALOGUE, loadCatalogue } from './catalogues.ts';
import { ensureIntlData } from './intlData.ts';
import { rememberLanguage } from './languageChoice.ts';

/** The interface's language now, and the formatter of its messages, dates and numbers. */
export interface I18nState {
  language: Language;
  /** The `Intl` locale of `language` (`FORMAT_LOCALES`). */
  locale: string;
  intl: IntlShape;
}

const cache = createIntlCache();
const listeners = new Set<() => void>();

function stateFor(language: Language, catalogue: Catalogue): I18nState {
  const locale = FORMAT_LOCALES[language];
  const messages = language === DEFAULT_LANGUAGE ? catalogue : { ...ENGLISH_CATALOGUE, ...catalogue };
  const intl = createIntl(
    {
      locale,
      defaultLocale: FORMAT_LOCALES[DEFAULT_LANGUAGE],
      messages,
      onError: (error) => {
        if (import.meta.env.DEV) console.warn(error.message);
      },
    },
    cache,
  );
  return { language, locale, intl };
}

let state: I18nState = stateFor(DEFAULT_LANGUAGE, ENGLISH_CATALOGUE);
/** Counts `setLanguage` calls: only the latest may apply its language. */
let latestRequest = 0;

/** The current language state; it changes only through {@link setLanguage}. */
export function i18nState(): I18nState {
  return state;
}

/** Calls `listener` after each language change; returns the unsubscribe. */
export function subscribeI18n(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Switches the interface to `language`: loads its catalogue (and, in an
 * engine without the language's formats, the Intl polyfills), sets `<html
 * lang>`, tells every subscriber, and (unless `remember` is false) keeps the
 * choice for the next visit. Rejects, leaving the language as it was, when
 * the catalogue or the polyfills cannot be loaded. A call overtaken by a
 * later one (still loading when that one was made) changes nothing.
 */
export async function setLanguage(language: Language, remember = true): Promise<void> {
  const request = ++latestRequest;
  // Another language asked for while this one loaded: the later choice holds, even if it arrived first
  // (and this one failing no longer matters).
  const overtaken = (): boolean => request !== latestRequest;
  const [catalogue] = await Promise.all([loadCatalogue(language), ensureIntlData(language)]).catch((error: unknown) => {
    if (overtaken()) return [null];
    throw error;
  });
  if (overtaken() || catalogue === null) return;
  state = stateFor(language, catalogue);
  const { intl } = state;
  setIndicatorChromeText({ language, t: (key, values) => intl.formatMessage({ id: key }, values) });
  document.documentElement.lang = language;
  if (remember) rememberLanguage(language);
  for (const listener of listeners) listener();
}
