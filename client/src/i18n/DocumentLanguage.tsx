import { DEFAULT_LANGUAGE, type Language } from '@roundtable/i18n';
import { createContext, type JSX, type ReactNode, useContext } from 'react';

const DocumentLanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

/**
 * The language the consultation's draft is written in (its `language`
 * setting), which may differ from the interface's: what comes from the
 * document (its text, section and domain titles, indicator titles) is marked
 * with it (`lang`), so screen readers read each part in its own language
 * (WCAG 2.1, 3.1.2 Language of Parts).
 */
export function DocumentLanguage({ language, children }: { language: Language; children: ReactNode }): JSX.Element {
  return <DocumentLanguageContext.Provider value={language}>{children}</DocumentLanguageContext.Provider>;
}

/** The draft's language, for a `lang` attribute on text taken from the document. */
export function useDocumentLanguage(): Language {
  return useContext(DocumentLanguageContext);
}
