import {
  type Catalogue,
  DEFAULT_LANGUAGE,
  ENGLISH_INTERFACE_SHARED_CATALOGUE,
  type Language,
  loadInterfaceSharedCatalogue,
} from '@roundtable/i18n';

/**
 * The interface's catalogues, one JSON file per namespace and language
 * (`messages/<language>/<namespace>.json`, keys `namespace.what`). English is
 * in the app's bundle, as every other language's fallback; Azerbaijani and
 * Russian are fetched when chosen, with their shared catalogues.
 */
// The preview's words are read by the first script itself (preview/previewText.ts), as plain strings.
const english = import.meta.glob<Catalogue>(['./messages/en/*.json', '!./messages/en/preview.json'], {
  eager: true,
  import: 'default',
});
const others = import.meta.glob<Catalogue>(
  ['./messages/az/*.json', './messages/ru/*.json', '!./messages/*/preview.json'],
  { import: 'default' },
);

function merged(parts: Iterable<Catalogue>): Catalogue {
  return Object.assign({}, ...parts);
}

/** English, the default catalogue: the shared vocabulary and every interface namespace. */
export const ENGLISH_CATALOGUE: Catalogue = merged([ENGLISH_INTERFACE_SHARED_CATALOGUE, ...Object.values(english)]);

/**
 * Every message of `language` (the shared ones and the interface's), loading
 * its files when it is not English. Rejects when a file cannot be fetched.
 */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === DEFAULT_LANGUAGE) return ENGLISH_CATALOGUE;
  const prefix = `./messages/${language}/`;
  const loads = Object.entries(others)
    .filter(([path]) => path.startsWith(prefix))
    .map(([, load]) => load());
  const [shared, ...parts] = await Promise.all([loadInterfaceSharedCatalogue(language), ...loads]);
  return merged([shared, ...parts]);
}
