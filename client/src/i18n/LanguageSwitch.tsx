import { LANGUAGE_NAMES, LANGUAGES, type Language } from '@roundtable/i18n';
import { type JSX, useState } from 'react';
import { setLanguage } from './i18nStore.ts';
import { useLanguage, useT } from './useI18n.ts';

/**
 * The interface language in one click: each language by its own name, the
 * current one pressed. The choice is remembered in this browser.
 */
export function LanguageSwitch({ className }: { className?: string }): JSX.Element {
  const t = useT();
  const { language } = useLanguage();
  const [failed, setFailed] = useState(false);

  // The language shown is asked for again too: that drops a slower switch to another still loading.
  const choose = (next: Language): void => {
    setLanguage(next).then(
      () => setFailed(false),
      () => setFailed(true),
    );
  };

  return (
    <fieldset className={`rt-language${className === undefined ? '' : ` ${className}`}`} data-testid="language-switch">
      <legend className="rt-visually-hidden">{t('i18n.switch.legend')}</legend>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="rt-language__option"
          aria-pressed={code === language}
          onClick={() => choose(code)}
          title={LANGUAGE_NAMES[code]}
        >
          <span aria-hidden="true">{code.toUpperCase()}</span>
          <span className="rt-visually-hidden">{LANGUAGE_NAMES[code]}</span>
        </button>
      ))}
      {failed && (
        <span role="alert" className="rt-language__error">
          {t('i18n.switch.failed')}
        </span>
      )}
    </fieldset>
  );
}
