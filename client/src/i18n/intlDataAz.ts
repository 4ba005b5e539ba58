/**
 * Azerbaijani numbers, dates and relative times for FormatJS's polyfills: a lazy
 * chunk of `intlData.ts`. It imports the polyfills so that they are fetched
 * beside it and run first (they take the first locale data they get as
 * their default locale, which must stay British English).
 */
import './intlPolyfills.ts';
import '@formatjs/intl-numberformat/locale-data/az.js';
import '@formatjs/intl-datetimeformat/locale-data/az.js';
import '@formatjs/intl-relativetimeformat/locale-data/az.js';
