import type { JSX, ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { useI18n } from './useI18n.ts';

/** Gives react-intl's components (`<FormattedMessage>`, `useIntl`) the current language. */
export function I18nProvider({ children }: { children: ReactNode }): JSX.Element {
  // No `key`: a new language re-renders what reads it, without remounting
  // the editor (which would reconnect the draft and drop half-written comments).
  const { intl } = useI18n();
  return <RawIntlProvider value={intl}>{children}</RawIntlProvider>;
}
