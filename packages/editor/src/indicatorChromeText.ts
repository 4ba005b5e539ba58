import {
  catalogueTranslator,
  DEFAULT_LANGUAGE,
  ENGLISH_INTERFACE_SHARED_CATALOGUE,
  type Language,
  type Translate,
} from '@roundtable/i18n';

/** The words of the indicator chrome (badges, the sources label) and the language they are in. */
export interface IndicatorChromeText {
  language: Language;
  t: Translate;
}

// English from its own catalogue, not `createTranslator`: the client's first load then holds no other language.
let current: IndicatorChromeText = {
  language: DEFAULT_LANGUAGE,
  t: catalogueTranslator(DEFAULT_LANGUAGE, ENGLISH_INTERFACE_SHARED_CATALOGUE, ENGLISH_INTERFACE_SHARED_CATALOGUE),
};

/**
 * Sets the interface language the indicator chrome is drawn in (the client's
 * i18n store calls it on every language change, with react-intl's formatter;
 * English until then). Chrome already drawn keeps its words until redrawn
 * (`renderIndicatorChrome`).
 */
export function setIndicatorChromeText(text: IndicatorChromeText): void {
  current = text;
}

/** The chrome's words now. */
export function indicatorChromeText(): IndicatorChromeText {
  return current;
}
