import type { Language } from '@roundtable/i18n';

// The preview's few words, straight from the `preview` catalogue files: the
// first script shows them before the app (and react-intl) has loaded.
const files = import.meta.glob<Record<string, string>>('../i18n/messages/*/preview.json', {
  eager: true,
  import: 'default',
});

/** The preview's messages in `language` (English where one is missing). */
function catalogueOf(language: Language): Record<string, string> {
  return { ...files['../i18n/messages/en/preview.json'], ...files[`../i18n/messages/${language}/preview.json`] };
}

/** Formats the preview message `key` with `values`. */
export type PreviewText = (key: string, values?: Record<string, string | number>) => string;

/**
 * The preview's translator: `key`'s message in `language` with its `{name}`
 * arguments filled in (the preview's messages use nothing else of ICU).
 */
export function previewText(language: Language): PreviewText {
  const messages = catalogueOf(language);
  return (key, values = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}
