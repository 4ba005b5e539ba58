import type { JSX, ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { useI18n } from './useI18n.ts';

/** Gives react-intl's components (`<FormattedMessage>`, `useIntl`) the current language. */
export function I18nProvider({ children }: { children: ReactNode }): JSX.Element {
  const { intl, language } = useI18n();
  return (
    <RawIntlProvider key={language} value={intl}>
      {children}
    </RawIntlProvider>
  );
}
