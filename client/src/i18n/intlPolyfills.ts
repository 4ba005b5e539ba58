/**
 * FormatJS's Intl polyfills in force mode (they replace the engine's
 * NumberFormat, DateTimeFormat and RelativeTimeFormat), with British English
 * data: Roundtable's English, and the polyfills' default locale (the first
 * one given), so an English or unknown locale never formats in another
 * language. Azerbaijani and Russian data come in their own chunks
 * (`intlDataAz.ts`, `intlDataRu.ts`). Imported only by `intlData.ts`,
 * dynamically, so that only engines lacking the data download it. Order
 * matters: DateTimeFormat and RelativeTimeFormat format numbers through the
 * global NumberFormat.
 */
import '@formatjs/intl-numberformat/polyfill-force.js';
import '@formatjs/intl-numberformat/locale-data/en-GB.js';
import '@formatjs/intl-datetimeformat/polyfill-force.js';
import '@formatjs/intl-datetimeformat/locale-data/en-GB.js';
import '@formatjs/intl-relativetimeformat/polyfill-force.js';
import '@formatjs/intl-relativetimeformat/locale-data/en-GB.js';
