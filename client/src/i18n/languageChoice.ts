import { isLanguage, type Language, matchLanguage } from '@roundtable/i18n';

const STORAGE_KEY = 'roundtable.language';

/**
 * The language this browser shows Roundtable in: the one the person chose
 * (kept in localStorage), else the first of the browser's languages that
 * Roundtable speaks, else English.
 */
export function chosenLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be off (private mode, policy): follow the browser.
  }
  if (isLanguage(stored)) return stored;
  return matchLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** Remembers `language` as this browser's choice. */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the choice still holds until the page is closed.
  }
}
