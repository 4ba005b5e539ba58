/**
 * FormatJS's Intl polyfills in force mode (they replace the engine's
 * NumberFormat, DateTimeFormat and RelativeTimeFormat) with the data of every
 * language Roundtable speaks, since a replaced formatter knows only the
 * locales given to it. British English comes first: the polyfills take the
 * first locale they are given as their default, for any locale they lack
 * (`en`, `en-US` included). Imported only by `intlData.ts`, dynamically, so
 * it is a chunk that only engines lacking the data download, with the maker
 * of their time zone data. Order matters: DateTimeFormat and
 * RelativeTimeFormat format numbers through the global NumberFormat.
 */
import '@formatjs/intl-numberformat/polyfill-force.js';
import '@formatjs/intl-numberformat/locale-data/en-GB.js';
import '@formatjs/intl-numberformat/locale-data/az.js';
import '@formatjs/intl-numberformat/locale-data/ru.js';
import '@formatjs/intl-datetimeformat/polyfill-force.js';
import '@formatjs/intl-datetimeformat/locale-data/en-GB.js';
import '@formatjs/intl-datetimeformat/locale-data/az.js';
import '@formatjs/intl-datetimeformat/locale-data/ru.js';
import '@formatjs/intl-relativetimeformat/polyfill-force.js';
import '@formatjs/intl-relativetimeformat/locale-data/en-GB.js';
import '@formatjs/intl-relativetimeformat/locale-data/az.js';
import '@formatjs/intl-relativetimeformat/locale-data/ru.js';

export { localTimeZoneData } from './localTimeZoneData.ts';
